import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  base64Of,
  EXAMPLE_CA,
  EXAMPLE_CSR,
  EXAMPLE_LEAF,
  EXAMPLE_PUBLIC_KEY,
  pemBlock,
  UNICODE_CA,
} from '../test/fixtures/certificates'
import { error, info, NOW } from '../test/inspect-certificate'
import { inspectCertificate } from './certificates'

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
})
