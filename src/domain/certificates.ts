/**
 * PEM certificates in a build config (`certificates.additional[].content`): what the platform accepts
 * (exactly one `CERTIFICATE` block, optionally preceded by descriptive text, never a private key; see
 * `certificate-pem.ts`) and what a person wants to see about one (subject, issuer, validity; read by
 * `certificate-der.ts`).
 */

import { hex, readCertificate } from './certificate-der'
import { decodeBase64, pemCertificate } from './certificate-pem'

export interface CertificateInfo {
  /** the entry's `name` */
  name: string
  /** distinguished name in the order it is encoded, e.g. `CN=Example Internal CA, O=Example` */
  subject: string
  issuer: string
  /** ISO 8601 */
  notBefore: string
  /** ISO 8601 */
  notAfter: string
  expired: boolean
  /** issuer and subject are the same name (the signature is not checked) */
  selfSigned: boolean
  /** upper-case hex, as `openssl x509 -serial` prints it */
  serialNumber: string
}

/**
 * Checks one certificate entry's PEM content and reads the certificate. Never throws.
 * `now` (ms since the epoch) decides `expired`.
 */
export function inspectCertificate(
  name: string,
  content: string,
  now: number = Date.now(),
): { info: CertificateInfo } | { error: string } {
  try {
    const block = pemCertificate(content)
    if ('error' in block) return block
    const der = decodeBase64(block.base64)
    if (typeof der === 'string') return { error: der }
    const certificate = readCertificate(der)
    if (typeof certificate === 'string') return { error: certificate }
    return {
      info: {
        name,
        subject: certificate.subject,
        issuer: certificate.issuer,
        notBefore: new Date(certificate.notBefore).toISOString(),
        notAfter: new Date(certificate.notAfter).toISOString(),
        expired: now > certificate.notAfter,
        selfSigned: certificate.selfSigned,
        serialNumber: certificate.serialNumber,
      },
    }
  } catch {
    return { error: 'could not be read as a PEM certificate' }
  }
}

/**
 * SHA-256 fingerprint of the certificate's DER, e.g. `2C:89:AF:…`. Rejects (with the same words as
 * {@link inspectCertificate}) when the content is not one readable certificate.
 */
export async function certificateFingerprint(content: string): Promise<string> {
  const block = pemCertificate(content)
  if ('error' in block) throw new Error(block.error)
  const der = decodeBase64(block.base64)
  if (typeof der === 'string') throw new Error(der)
  const certificate = readCertificate(der)
  if (typeof certificate === 'string') throw new Error(certificate)
  const digest = await globalThis.crypto.subtle.digest('SHA-256', der)
  return [...new Uint8Array(digest)].map((byte) => hex(byte)).join(':')
}
