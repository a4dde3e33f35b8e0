import { describe, expect, it } from 'vitest'
import { FULL, FULL_OVERLAY, parse, yaml } from '../test/build-config'

describe('parseBuildConfig: documents', () => {
  it('reads a full build config with no problems', () => {
    const parsed = parse(FULL)
    expect(parsed.problems).toEqual([])
    expect(parsed.overlay).toEqual(FULL_OVERLAY)
    expect(parsed.certificates).toEqual([
      expect.objectContaining({
        name: 'example-ca.crt',
        subject: 'CN=Example Internal CA, O=Example',
        notAfter: '2036-03-01T00:00:00.000Z',
        expired: false,
      }),
    ])
  })

  it.each([
    ['an empty text', ''],
    ['blank lines', '\n\n   \n'],
    ['only comments', '# build config for node\n# nothing yet\n'],
    ['a lone document marker', '---\n'],
    ['an explicit null', '~\n'],
    ['null', 'null'],
    ['an empty flow map', '{}'],
    [
      'empty sections',
      yaml('contents:', 'environment:', 'annotations: {}', 'certificates:', '  additional: []'),
    ],
    ['an empty package list (returns the image to its source)', yaml('contents:', '  packages: []')],
  ])('%s is the empty build config', (_, text) => {
    expect(parse(text)).toEqual({ overlay: {}, problems: [], certificates: [] })
  })

  it('reads flow (JSON-like) style and CRLF line ends', () => {
    expect(parse('{"environment": {"PORT": "1"}, "contents": {"packages": ["curl"]}}').overlay).toEqual({
      environment: { PORT: '1' },
      contents: { packages: ['curl'] },
    })
    expect(parse(FULL.replace(/\n/g, '\r\n')).overlay?.environment).toEqual({
      PORT: '3000',
      LOG_LEVEL: 'debug',
    })
  })

  it('reads anchors and aliases', () => {
    const text = yaml('environment:', '  A: &value shared', '  B: *value')
    expect(parse(text).overlay).toEqual({ environment: { A: 'shared', B: 'shared' } })
  })

  it('turns down an alias bomb without throwing', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      )
    const parsed = parse(yaml(...lines))
    expect(parsed.overlay).toBeNull()
    expect(parsed.problems[0]?.message).toMatch(/aliases/)
  })

  it.each([
    [
      'a list',
      '- curl\n- jq\n',
      /must be a map of sections \(contents, environment, annotations, certificates\), not a list/,
    ],
    ['a word', 'curl\n', /not the text "curl"/],
    ['a number', '42\n', /not the number 42/],
    ['a yes/no value', 'true\n', /not true/],
  ])('refuses a document that is %s', (_, text, message) => {
    const parsed = parse(text)
    expect(parsed.overlay).toBeNull()
    expect(parsed.problems).toEqual([
      expect.objectContaining({ path: '', severity: 'error', line: 1, column: 1 }),
    ])
    expect(parsed.problems[0]?.message).toMatch(message)
  })

  it('reports an unknown tag as a warning and reads the value as text', () => {
    const parsed = parse(yaml('environment:', '  PORT: !port 3000'))
    expect(parsed.overlay).toEqual({ environment: { PORT: '3000' } })
    expect(parsed.problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/!port/) }),
    ])
  })

  it('takes !!str as a way to quote', () => {
    expect(parse(yaml('environment:', '  PORT: !!str 3000')).problems).toEqual([])
  })
})

describe('parseBuildConfig: YAML syntax errors carry line and column', () => {
  it.each([
    // the quoted text runs on to the end, where the parser notices
    [
      'an unclosed quote',
      yaml('environment:', '  GREETING: "hello', 'annotations: {}'),
      4,
      /Missing closing "quote/,
    ],
    ['a tab as indentation', yaml('environment:', '\tPORT: "1"'), 2, /Tabs are not allowed/],
    ['uneven indentation', yaml('environment:', '  A: "1"', ' B: "2"'), 3, /same column/],
    ['an unclosed flow list', yaml('contents:', '  packages: [curl, jq', 'environment: {}'), 3, /\]/],
    ['a nested map on one line', yaml('environment: PORT: 3000'), 1, /Nested mappings/],
    [
      'a second document',
      yaml('environment: {}', '---', 'annotations: {}'),
      2,
      /second document.*single document/,
    ],
  ])('%s', (_, text, line, message) => {
    const parsed = parse(text)
    expect(parsed.overlay).toBeNull()
    const [first] = parsed.problems
    expect(first).toMatchObject({ path: '', severity: 'error', line })
    expect(first?.column).toEqual(expect.any(Number))
    expect(first?.message).toMatch(message)
    // the place is in line and column, said once by whoever shows the problem
    expect(first?.message).not.toMatch(/\bline \d|\bcolumn \d/)
  })

  it('gives the exact place of an unclosed quote', () => {
    expect(parse('environment:\n  A: "x\n').problems[0]).toMatchObject({ line: 3, column: 1 })
  })

  it('refuses a key written twice, naming it and its section', () => {
    const parsed = parse(yaml('environment:', '  PORT: "1"', '  PORT: "2"'))
    expect(parsed.overlay).toBeNull()
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        message: '"PORT" is written twice in environment; keep one',
        line: 3,
        column: 3,
      }),
    ])
  })

  it('refuses a section written twice', () => {
    expect(parse(yaml('environment: {}', 'contents: {}', 'environment: {}')).problems).toEqual([
      expect.objectContaining({
        message: '"environment" is written twice at the top level; keep one',
        line: 3,
        column: 1,
      }),
    ])
  })

  it('refuses a certificate field written twice', () => {
    const text = yaml('certificates:', '  additional:', '    - name: a.crt', '      name: b.crt')
    expect(parse(text).problems).toEqual([
      expect.objectContaining({
        message: '"name" is written twice in certificates.additional[0]; keep one',
        line: 4,
        column: 7,
      }),
    ])
  })
})
