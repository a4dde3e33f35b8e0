/** Reads a certificate entry the way the certificate rules do, at a fixed "now", for the certificate tests. */

import { inspectCertificate } from '../domain/certificates'

export const NOW = Date.parse('2026-06-01T00:00:00Z')

/** The certificate's facts; throws when it is refused. */
export function info(content: string, now = NOW) {
  const result = inspectCertificate('example.crt', content, now)
  if ('error' in result) throw new Error(`expected a certificate, got: ${result.error}`)
  return result.info
}

/** Why the content is refused; throws when it is accepted. */
export function error(content: string): string {
  const result = inspectCertificate('example.crt', content, NOW)
  if ('info' in result) throw new Error('expected a refusal, got a certificate')
  return result.error
}
