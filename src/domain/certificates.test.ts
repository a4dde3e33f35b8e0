import { X509Certificate } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { certificateFingerprint, inspectCertificate } from './certificates'
import {
  base64Of,
  certificateBlock,
  derOf,
  EXAMPLE_CA,
  EXAMPLE_CSR,
  EXAMPLE_LEAF,
  EXAMPLE_PUBLIC_KEY,
  EXPIRED_ROOT,
  FAR_FUTURE_CA,
  FINGERPRINTS,
  pemBlock,
  UNICODE_CA,
} from './test-certificates'

const NOW = Date.parse('2026-06-01T00:00:00Z')

function info(content: string, now = NOW) {
  const result = inspectCertificate('example.crt', content, now)
  if ('error' in result) throw new Error(`expected a certificate, got: ${result.error}`)
  return result.info
}

function error(content: string): string {
  const result = inspectCertificate('example.crt', content, NOW)
  if ('info' in result) throw new Error('expected a refusal, got a certificate')
  return result.error
}

describe('inspectCertificate reads', () => {
  it('a self-signed RSA CA', () => {
    expect(info(EXAMPLE_CA)).toEqual({
      name: 'example.crt',
      subject: 'CN=Example Internal CA, O=Example',
      issuer: 'CN=Example Internal CA, O=Example',
      notBefore: '2025-03-01T00:00:00.000Z',
      notAfter: '2036-03-01T00:00:00.000Z',
      expired: false,
      selfSigned: true,
      serialNumber: '1000',
    })
  })

  it('an EC certificate issued by another', () => {
    expect(info(EXAMPLE_LEAF)).toMatchObject({
      subject: 'CN=internal.example.com, O=Example',
      issuer: 'CN=Example Internal CA, O=Example',
      notAfter: '2027-03-01T00:00:00.000Z',
      selfSigned: false,
      serialNumber: '1002',
    })
  })

  it('an expired certificate, as expired', () => {
    expect(info(EXPIRED_ROOT)).toMatchObject({
      subject: 'CN=Old Example Root, O=Example, C=US',
      notBefore: '2020-01-01T00:00:00.000Z',
      notAfter: '2022-06-30T12:00:00.000Z',
      expired: true,
    })
  })

  it('expiry from `now`: valid up to notAfter, expired after it', () => {
    const notAfter = Date.parse('2036-03-01T00:00:00Z')
    expect(info(EXAMPLE_CA, notAfter).expired).toBe(false)
    expect(info(EXAMPLE_CA, notAfter + 1).expired).toBe(true)
    expect(info(EXPIRED_ROOT, Date.parse('2021-01-01T00:00:00Z')).expired).toBe(false)
  })

  it('a UTF-8 subject', () => {
    expect(info(UNICODE_CA).subject).toBe('CN=Zürich Wurzel CA, O=Beispiel AG')
  })

  it('a GeneralizedTime (dates from 2050 on)', () => {
    expect(info(FAR_FUTURE_CA)).toMatchObject({
      subject: 'CN=Far Future CA',
      notAfter: '2055-12-31T23:59:59.000Z',
      expired: false,
    })
  })

  it.each([
    ['EXAMPLE_CA', EXAMPLE_CA],
    ['EXAMPLE_LEAF', EXAMPLE_LEAF],
    ['EXPIRED_ROOT', EXPIRED_ROOT],
    ['UNICODE_CA', UNICODE_CA],
    ['FAR_FUTURE_CA', FAR_FUTURE_CA],
  ])('%s the same as OpenSSL (node:crypto) does', (_, pem) => {
    const node = new X509Certificate(pem)
    const ours = info(pem)
    expect(ours.subject.split(', ')).toEqual(node.subject.split('\n').map((part) => part.replace(/\\/g, '')))
    expect(ours.issuer.split(', ')).toEqual(node.issuer.split('\n'))
    expect(Date.parse(ours.notBefore)).toBe(Date.parse(node.validFrom))
    expect(Date.parse(ours.notAfter)).toBe(Date.parse(node.validTo))
    expect(ours.serialNumber).toBe(node.serialNumber)
  })
})

describe('inspectCertificate accepts', () => {
  it.each([
    [
      'descriptive text before the block',
      `Example Internal CA\nIssued by the platform team, 2025\n\n${EXAMPLE_CA}`,
    ],
    ['CRLF line ends', EXAMPLE_CA.replace(/\n/g, '\r\n')],
    ['CRLF with text before', `Our CA\r\n${EXAMPLE_CA.replace(/\n/g, '\r\n')}`],
    ['old Mac CR line ends', EXAMPLE_CA.replace(/\n/g, '\r')],
    ['trailing spaces and tabs on the lines', EXAMPLE_CA.replace(/\n/g, ' \t\n')],
    ['blank lines after the block', `${EXAMPLE_CA}\n\n   \n`],
    ['no final line break', EXAMPLE_CA.trimEnd()],
    [
      'base64 on a single line',
      `-----BEGIN CERTIFICATE-----\n${base64Of(EXAMPLE_CA)}\n-----END CERTIFICATE-----`,
    ],
    [
      'base64 in 76-character lines',
      `-----BEGIN CERTIFICATE-----\n${base64Of(EXAMPLE_CA)
        .match(/.{1,76}/g)
        ?.join('\n')}\n-----END CERTIFICATE-----`,
    ],
    ['text that mentions dashes before the block', `--- our CA ---\n${EXAMPLE_CA}`],
  ])('%s', (_, content) => {
    expect(info(content).subject).toBe('CN=Example Internal CA, O=Example')
  })
})

describe('inspectCertificate refuses', () => {
  it.each([
    ['empty content', '', /is empty/],
    ['only whitespace', ' \n\t\n', /is empty/],
    ['text without a block', 'our internal CA', /has no certificate/],
    ['a lone base64 text', base64Of(EXAMPLE_CA), /has no certificate/],
    ['two certificates', `${EXAMPLE_CA}${EXAMPLE_LEAF}`, /holds 2 certificates.*entry.*of its own/],
    ['three certificates', `${EXAMPLE_CA}\n${EXAMPLE_LEAF}\n${UNICODE_CA}`, /holds 3 certificates/],
    ['the same certificate twice', `${EXAMPLE_CA}${EXAMPLE_CA}`, /holds 2 certificates/],
    ['text after the block', `${EXAMPLE_CA}issued by the platform team\n`, /line 20: nothing may follow/],
    ['a public key', EXAMPLE_PUBLIC_KEY, /holds a PUBLIC KEY block, not a certificate/],
    ['a certificate request', EXAMPLE_CSR, /holds a CERTIFICATE REQUEST block, not a certificate/],
    [
      'a public key next to the certificate',
      `${EXAMPLE_PUBLIC_KEY}${EXAMPLE_CA}`,
      /PUBLIC KEY block besides/,
    ],
    [
      'BEGIN without END (truncated)',
      EXAMPLE_CA.slice(0, EXAMPLE_CA.indexOf('-----END')),
      /line 1: the CERTIFICATE block is cut off.*END CERTIFICATE/,
    ],
    ['END without BEGIN', EXAMPLE_CA.slice(EXAMPLE_CA.indexOf('\n') + 1), /has no BEGIN line/],
    [
      'a BEGIN inside another block',
      `-----BEGIN CERTIFICATE-----\n${EXAMPLE_CA}`,
      /line 1: the CERTIFICATE block is cut off/,
    ],
    ['an END that does not match', EXAMPLE_CA.replace('END CERTIFICATE', 'END X509 CRL'), /must end with/],
    ['an indented BEGIN line', `  ${EXAMPLE_CA}`, /must stand alone at the start of its line/],
    [
      'header lines in the block',
      EXAMPLE_CA.replace('-----\n', '-----\nProc-Type: 4,ENCRYPTED\n\n'),
      /header lines/,
    ],
    ['an empty block', '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n', /block is empty/],
    ['a stray character in the base64', EXAMPLE_CA.replace('MIID', 'MI*D'), /holds "\*"/],
    ['a dash in the base64', EXAMPLE_CA.replace('MIID', 'MI-D'), /holds "-"/],
    [
      'base64 cut in the middle of a group',
      EXAMPLE_CA.replace('rvA==\n', '\n'),
      /cut off or has extra characters/,
    ],
    ['base64 with "=" in the middle', EXAMPLE_CA.replace('MIID', 'MI=D'), /cut off or has extra characters/],
    [
      'base64 missing its last lines (DER cut off)',
      EXAMPLE_CA.split('\n')
        .filter((_, index) => index < 10 || index > 17)
        .join('\n'),
      /certificate data is cut off/,
    ],
    [
      'a certificate request in CERTIFICATE armour',
      certificateBlock(derOf(EXAMPLE_CSR)),
      /is not an X\.509 certificate/,
    ],
    [
      'a public key in CERTIFICATE armour',
      certificateBlock(derOf(EXAMPLE_PUBLIC_KEY)),
      /is not an X\.509 certificate/,
    ],
    [
      'a certificate with bytes after it',
      certificateBlock(new Uint8Array([...derOf(EXAMPLE_LEAF), 0x05, 0x00])),
      /is not an X\.509 certificate/,
    ],
    ['random bytes', certificateBlock(new Uint8Array([1, 2, 3, 4, 5, 6])), /is not an X\.509 certificate/],
    ['text in base64', pemBlock('CERTIFICATE', btoa('hello, world')), /is not an X\.509 certificate/],
  ])('%s', (_, content, message) => {
    expect(error(content)).toMatch(message)
  })

  describe('private keys, wherever they are', () => {
    const labels = [
      'PRIVATE KEY',
      'RSA PRIVATE KEY',
      'EC PRIVATE KEY',
      'ENCRYPTED PRIVATE KEY',
      'DSA PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
    ]
    it.each(labels)('%s alone', (label) => {
      const message = error(pemBlock(label))
      expect(message).toContain(`holds a private key (${label})`)
      expect(message).toMatch(/Never put a private key in a build config/)
    })
    it.each(labels)('%s after the certificate', (label) => {
      expect(error(`${EXAMPLE_CA}${pemBlock(label)}`)).toMatch(/Never put a private key/)
    })
    it.each(labels)('%s before the certificate', (label) => {
      expect(error(`${pemBlock(label)}\n${EXAMPLE_CA}`)).toMatch(/Never put a private key/)
    })
    it('a key block cut off (BEGIN only)', () => {
      expect(error(`${EXAMPLE_CA}${pemBlock('RSA PRIVATE KEY').split('\n')[0]}\n`)).toMatch(/private key/)
    })
    it('a key with CRLF line ends', () => {
      expect(error(pemBlock('EC PRIVATE KEY').replace(/\n/g, '\r\n'))).toMatch(/private key/)
    })
  })
})

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

describe('inspectCertificate never throws', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = inspectCertificate('x', text, NOW)
        expect('info' in result || 'error' in result).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('on any bytes in a CERTIFICATE block', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect('error' in inspectCertificate('x', certificateBlock(bytes), NOW)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('on a real certificate with bytes changed (and agrees with OpenSSL on what it reads)', () => {
    const der = derOf(EXAMPLE_LEAF)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: der.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (changes) => {
          const changed = Uint8Array.from(der)
          for (const [at, value] of changes) changed[at] = value
          const pem = certificateBlock(changed)
          const result = inspectCertificate('x', pem, NOW)
          if ('info' in result) {
            // what we read, OpenSSL reads too (it may be stricter in places we do not look at)
            let node: X509Certificate | undefined
            try {
              node = new X509Certificate(pem)
            } catch {
              return
            }
            expect(result.info.serialNumber).toBe(node.serialNumber)
            expect(Date.parse(result.info.notAfter)).toBe(Date.parse(node.validTo))
          } else {
            expect(result.error).toEqual(expect.any(String))
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
