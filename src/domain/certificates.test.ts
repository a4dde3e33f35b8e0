import { describe, expect, it } from 'vitest'
import {
  certificateBlock,
  derOf,
  EXAMPLE_CA,
  EXAMPLE_CSR,
  EXAMPLE_LEAF,
  EXPIRED_ROOT,
  FAR_FUTURE_CA,
  FINGERPRINTS,
  pemBlock,
  UNICODE_CA,
} from '../test/fixtures/certificates'
import { certificateFingerprint } from './certificates'

describe('certificateFingerprint', () => {
  it.each(Object.entries({ EXAMPLE_CA, EXAMPLE_LEAF, EXPIRED_ROOT, UNICODE_CA, FAR_FUTURE_CA }))(
    '%s: SHA-256 of the DER, as OpenSSL prints it',
    async (key, pem) => {
      await expect(certificateFingerprint(pem)).resolves.toBe(FINGERPRINTS[key as keyof typeof FINGERPRINTS])
    },
  )

  it('is the same with descriptive text and CRLF', async () => {
    await expect(certificateFingerprint(`Our CA\r\n${EXAMPLE_CA.replace(/\n/g, '\r\n')}`)).resolves.toBe(
      FINGERPRINTS.EXAMPLE_CA,
    )
  })

  it('rejects what inspectCertificate refuses, with the same words', async () => {
    await expect(certificateFingerprint(`${EXAMPLE_CA}${EXAMPLE_LEAF}`)).rejects.toThrow(
      /holds 2 certificates/,
    )
    await expect(certificateFingerprint(pemBlock('PRIVATE KEY'))).rejects.toThrow(/private key/)
    await expect(certificateFingerprint(certificateBlock(derOf(EXAMPLE_CSR)))).rejects.toThrow(
      /not an X\.509/,
    )
  })
})
