import { X509Certificate } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  certificateBlock,
  derOf,
  EXAMPLE_CA,
  EXAMPLE_CSR,
  EXAMPLE_LEAF,
  EXAMPLE_PUBLIC_KEY,
  EXPIRED_ROOT,
  FAR_FUTURE_CA,
  pemBlock,
  UNICODE_CA,
} from '../test/fixtures/certificates'
import { error, info, NOW } from '../test/inspect-certificate'
import { inspectCertificate } from './certificates'

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

describe('inspectCertificate refuses', () => {
  it.each([
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
})

describe('inspectCertificate never throws', () => {
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
