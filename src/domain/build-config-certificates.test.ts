import { describe, expect, it } from 'vitest'
import { block, CONTEXT, errors, messages, parse, yaml } from '../test/build-config'
import { EXAMPLE_CA, EXAMPLE_LEAF, EXPIRED_ROOT, pemBlock, UNICODE_CA } from '../test/fixtures/certificates'
import { certificateNameError, CERTIFICATES_MAX_BYTES } from './build-config-certificates'
import { checkOverlay } from './build-config-rules'
import { buildConfigYaml } from './build-config-write'

describe('single values', () => {
  it.each([
    ['ca.crt', undefined],
    ['a/b', 'must not contain "/" or "\\": it becomes the certificate\'s file name'],
    ['x\u007f', 'must not contain control characters (such as tabs or line breaks)'],
  ])('certificateNameError(%j)', (name, reason) => {
    expect(certificateNameError(name)).toBe(reason)
  })
})

describe('parseBuildConfig: certificates', () => {
  const certificates = (...entries: { name?: string; content?: string; raw?: string[] }[]) =>
    yaml(
      'certificates:',
      '  additional:',
      ...entries.flatMap((entry) => {
        const lines: string[] = []
        if (entry.name !== undefined) lines.push(`name: ${JSON.stringify(entry.name)}`)
        if (entry.content !== undefined) lines.push('content: |', ...block(entry.content, '  '))
        if (entry.raw) lines.push(...entry.raw)
        return lines.map((line, index) => (index === 0 ? `    - ${line}` : `      ${line}`))
      }),
    )

  it('reads several certificates and describes each', () => {
    const parsed = parse(
      certificates({ name: 'ca.crt', content: EXAMPLE_CA }, { name: 'leaf.crt', content: EXAMPLE_LEAF }),
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.certificates.map((info) => [info.name, info.subject, info.selfSigned])).toEqual([
      ['ca.crt', 'CN=Example Internal CA, O=Example', true],
      ['leaf.crt', 'CN=internal.example.com, O=Example', false],
    ])
  })

  it('accepts descriptive text before the block, and unicode names', () => {
    const parsed = parse(
      certificates({ name: 'zürich-wurzel.crt', content: `Zürich Wurzel CA\n\n${UNICODE_CA}` }),
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.certificates[0]?.subject).toBe('CN=Zürich Wurzel CA, O=Beispiel AG')
  })

  it('warns about an expired certificate, with its expiry date, but does not refuse it', () => {
    const parsed = parse(certificates({ name: 'old.crt', content: EXPIRED_ROOT }))
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'certificates.additional[0].content',
        message:
          'certificates.additional[0].content: the certificate (CN=Old Example Root, O=Example, C=US) expired on 2022-06-30; programs in the image will not trust it',
        line: 4,
      }),
    ])
    expect(parsed.overlay?.certificates?.additional).toHaveLength(1)
    expect(parsed.certificates[0]?.expired).toBe(true)
  })

  it('judges expiry by the context’s now', () => {
    const later = { ...CONTEXT, now: Date.parse('2036-03-02T00:00:00Z') }
    expect(parse(certificates({ name: 'ca.crt', content: EXAMPLE_CA }), later).problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/expired on 2036-03-01/),
      }),
    ])
    const earlier = { ...CONTEXT, now: Date.parse('2025-01-01T00:00:00Z') }
    expect(parse(certificates({ name: 'ca.crt', content: EXAMPLE_CA }), earlier).problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/is not valid until 2025-03-01/),
      }),
    ])
  })

  it.each([
    ['', 'is empty; give the certificate a file name, e.g. example-ca.crt'],
    ['   ', 'is empty; give the certificate a file name, e.g. example-ca.crt'],
    ['certs/ca.crt', 'must not contain "/" or "\\": it becomes the certificate\'s file name'],
    ['/etc/ssl/ca.crt', 'must not contain "/" or "\\": it becomes the certificate\'s file name'],
    ['certs\\ca.crt', 'must not contain "/" or "\\": it becomes the certificate\'s file name'],
    ['..', 'must not contain "..": it becomes the certificate\'s file name'],
    ['ca..crt', 'must not contain "..": it becomes the certificate\'s file name'],
    ['.', 'cannot be ".": it becomes the certificate\'s file name'],
    ['ca\n.crt', 'must not contain control characters (such as tabs or line breaks)'],
    ['ca\t.crt', 'must not contain control characters (such as tabs or line breaks)'],
    ['ca\u0000.crt', 'must not contain control characters (such as tabs or line breaks)'],
    ['a'.repeat(256), 'is too long: a file name has at most 255 bytes'],
    ['ü'.repeat(128), 'is too long: a file name has at most 255 bytes'],
  ])('refuses the name %j', (name, reason) => {
    expect(messages(certificates({ name, content: EXAMPLE_CA }))).toEqual([
      `certificates.additional[0].name: ${reason}`,
    ])
  })

  it.each(['a'.repeat(255), 'example-ca.crt', 'Example CA (2025).pem', '.hidden.crt', 'ca.crt.'])(
    'accepts the name %j',
    (name) => {
      expect(parse(certificates({ name, content: EXAMPLE_CA })).problems).toEqual([])
    },
  )

  it('refuses a name used twice', () => {
    expect(
      messages(
        certificates({ name: 'ca.crt', content: EXAMPLE_CA }, { name: 'ca.crt', content: EXAMPLE_LEAF }),
      ),
    ).toEqual([
      'certificates.additional[1].name: "ca.crt" is already the name of certificates.additional[0]; each certificate needs a name of its own',
    ])
  })

  it('refuses an entry without a name or without content', () => {
    expect(messages(certificates({ content: EXAMPLE_CA }))).toEqual([
      'certificates.additional[0].name: is missing; give the certificate a file name, e.g. example-ca.crt',
    ])
    expect(messages(certificates({ name: 'ca.crt' }))).toEqual([
      'certificates.additional[0].content: is missing; paste the PEM certificate (-----BEGIN CERTIFICATE-----…)',
    ])
    expect(messages(certificates({ name: 'ca.crt', raw: ['content: 42'] }))).toEqual([
      'certificates.additional[0].content: must be a string; quote it: "42"',
    ])
    expect(messages(certificates({ name: 'ca.crt', raw: ['content:'] }))).toEqual([
      'certificates.additional[0].content: is missing; paste the PEM certificate (-----BEGIN CERTIFICATE-----…)',
    ])
  })

  it.each([
    ['two certificates', `${EXAMPLE_CA}${EXAMPLE_LEAF}`, /holds 2 certificates/],
    [
      'a private key',
      `${EXAMPLE_CA}${pemBlock('RSA PRIVATE KEY')}`,
      /Never put a private key in a build config/,
    ],
    ['an encrypted private key', pemBlock('ENCRYPTED PRIVATE KEY'), /private key/],
    ['no block', 'our internal CA', /has no certificate/],
    ['a cut-off block', EXAMPLE_CA.replace('-----END CERTIFICATE-----', ''), /cut off/],
  ])('refuses content with %s, at the content', (_, content, message) => {
    const found = errors(certificates({ name: 'ca.crt', content }))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ path: 'certificates.additional[0].content', line: 4, column: 16 })
    expect(found[0]?.message).toMatch(/^certificates\.additional\[0\]\.content: /)
    expect(found[0]?.message).toMatch(message)
  })

  it('keeps a PEM with CRLF line ends (in a quoted string)', () => {
    const content = `Example CA\r\n${EXAMPLE_CA.replace(/\n/g, '\r\n')}`
    const text = yaml(
      'certificates:',
      '  additional:',
      '    - name: ca.crt',
      `      content: ${JSON.stringify(content)}`,
    )
    const parsed = parse(text)
    expect(parsed.problems).toEqual([])
    expect(parsed.overlay?.certificates?.additional?.[0]?.content).toBe(content)
  })

  describe('all contents together at most 50 KB', () => {
    /** An entry whose content is `bytes` long in UTF-8: descriptive text (with 2-byte letters) before EXAMPLE_CA. */
    const sized = (name: string, bytes: number) => {
      const rest = bytes - new TextEncoder().encode(EXAMPLE_CA).length
      const text = `${'ü'.repeat(Math.floor((rest - 1) / 2))}${(rest - 1) % 2 ? 'x' : ''}\n`
      const content = `${text}${EXAMPLE_CA}`
      expect(new TextEncoder().encode(content).length).toBe(bytes)
      return { name, content }
    }

    it('accepts exactly 51,200 bytes', () => {
      const overlay = { certificates: { additional: [sized('a.crt', 25_600), sized('b.crt', 25_600)] } }
      expect(checkOverlay(overlay, CONTEXT).problems).toEqual([])
      expect(parse(buildConfigYaml(overlay)).problems).toEqual([])
    })

    it('refuses 51,201 bytes, at the list', () => {
      const overlay = { certificates: { additional: [sized('a.crt', 25_600), sized('b.crt', 25_601)] } }
      const message =
        'certificates.additional: all certificates together take 51,201 bytes; the limit is 50 KB (51,200 bytes)'
      expect(checkOverlay(overlay, CONTEXT).problems.map((problem) => problem.message)).toEqual([message])
      expect(errors(buildConfigYaml(overlay))).toEqual([
        expect.objectContaining({ message, line: 2, column: 3 }),
      ])
    })

    it('counts one 51 KB certificate too', () => {
      const overlay = { certificates: { additional: [sized('big.crt', 51 * 1024)] } }
      expect(checkOverlay(overlay, CONTEXT).problems[0]?.message).toMatch(/52,224 bytes; the limit is 50 KB/)
      expect(CERTIFICATES_MAX_BYTES).toBe(51_200)
    })
  })
})
