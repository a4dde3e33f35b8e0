import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildConfigYaml,
  checkOverlay,
  describePlan,
  editBuildConfig,
  hasErrors,
  parseBuildConfig,
  type ConfigProblem,
  type OverlayDoc,
  type RulesContext,
} from './build-config-document'
import { CERTIFICATES_MAX_BYTES } from './build-config-rules'
import { EXAMPLE_CA, EXAMPLE_LEAF, EXPIRED_ROOT, pemBlock, UNICODE_CA } from '../test/fixtures/certificates'

const NOW = Date.parse('2026-06-01T00:00:00Z')
const ENTITLED = new Set(['curl', 'jq', 'git', 'bash', 'python-3.13', 'ca-certificates-bundle', 'openssl'])
const BASE = new Set(['glibc', 'busybox', 'ca-certificates-bundle'])
const CONTEXT: RulesContext = { entitled: (name) => ENTITLED.has(name), base: BASE, now: NOW }

/** A YAML document from lines (no indentation games in the test source). */
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`

/** The PEM text indented for a literal block under `content: |`. */
const block = (pem: string, indent = '      ') =>
  pem
    .trimEnd()
    .split('\n')
    .map((line) => indent + line)

function parse(text: string, context: RulesContext = CONTEXT) {
  return parseBuildConfig(text, context)
}

function errors(text: string, context: RulesContext = CONTEXT): ConfigProblem[] {
  return parse(text, context).problems.filter((problem) => problem.severity === 'error')
}

function messages(text: string, context: RulesContext = CONTEXT): string[] {
  return parse(text, context).problems.map((problem) => problem.message)
}

const FULL = yaml(
  'contents:',
  '  packages:',
  '    - curl',
  '    - jq',
  'environment:',
  '  PORT: "3000"',
  '  LOG_LEVEL: debug',
  'annotations:',
  '  com.example.team: payments',
  'certificates:',
  '  additional:',
  '    - name: example-ca.crt',
  '      content: |',
  ...block(EXAMPLE_CA, '        '),
)

const FULL_OVERLAY: OverlayDoc = {
  contents: { packages: ['curl', 'jq'] },
  environment: { PORT: '3000', LOG_LEVEL: 'debug' },
  annotations: { 'com.example.team': 'payments' },
  certificates: { additional: [{ name: 'example-ca.crt', content: EXAMPLE_CA }] },
}

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
    expect(first?.message).toMatch(new RegExp(`^line ${line}, column ${first?.column}: `))
  })

  it('gives the exact place of an unclosed quote', () => {
    expect(parse('environment:\n  A: "x\n').problems[0]).toMatchObject({ line: 3, column: 1 })
  })

  it('refuses a key written twice, naming it and its section', () => {
    const parsed = parse(yaml('environment:', '  PORT: "1"', '  PORT: "2"'))
    expect(parsed.overlay).toBeNull()
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        message: 'line 3, column 3: "PORT" is written twice in environment; keep one',
        line: 3,
        column: 3,
      }),
    ])
  })

  it('refuses a section written twice', () => {
    expect(messages(yaml('environment: {}', 'contents: {}', 'environment: {}'))).toEqual([
      'line 3, column 1: "environment" is written twice at the top level; keep one',
    ])
  })

  it('refuses a certificate field written twice', () => {
    const text = yaml('certificates:', '  additional:', '    - name: a.crt', '      name: b.crt')
    expect(messages(text)).toEqual([
      'line 4, column 7: "name" is written twice in certificates.additional[0]; keep one',
    ])
  })
})

describe('parseBuildConfig: fields it does not know', () => {
  it.each([
    [
      'a top-level key',
      yaml('packages: [curl]'),
      'packages',
      /a build config has contents, environment, annotations and certificates$/,
    ],
    [
      'a misspelt section',
      yaml('enviroment:', '  PORT: "1"'),
      'enviroment',
      /\(did you mean environment\?\)/,
    ],
    ['a section in capitals', yaml('Environment: {}'), 'Environment', /did you mean environment/],
    [
      'accounts (not edited here)',
      yaml('accounts:', '  runAs: "65532"'),
      'accounts',
      /is not a field this console knows/,
    ],
    [
      'contents.repositories',
      yaml('contents:', '  repositories: [x]'),
      'contents.repositories',
      /contents has only packages/,
    ],
    [
      'contents.runtime_repositories',
      yaml('contents:', '  runtime_repositories: [x]'),
      'contents.runtime_repositories',
      /only packages/,
    ],
    ['contents.package', yaml('contents:', '  package: [curl]'), 'contents.package', /did you mean packages/],
    [
      'certificates.providers',
      yaml('certificates:', '  providers: [x]'),
      'certificates.providers',
      /certificates has only additional/,
    ],
    [
      'a certificate field',
      yaml(
        'certificates:',
        '  additional:',
        '    - name: a.crt',
        '      path: /etc/x',
        '      content: |',
        ...block(EXAMPLE_CA, '        '),
      ),
      'certificates.additional[0].path',
      /a certificate has name and content$/,
    ],
  ])('%s', (_, text, path, message) => {
    const found = errors(text)
    expect(found).toHaveLength(1)
    expect(found[0]?.path).toBe(path)
    expect(found[0]?.message).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: `))
    expect(found[0]?.message).toMatch(message)
  })

  it('points at the unknown key', () => {
    expect(errors(yaml('environment: {}', 'labels:', '  a: b'))[0]).toMatchObject({
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 7,
    })
  })
})

describe('parseBuildConfig: wrong types, with the path and a hint', () => {
  it.each([
    ['PORT: 3000', 'environment.PORT: must be a string; quote it: "3000"'],
    ['PORT: 0x1F', 'environment.PORT: must be a string; quote it: "0x1F"'],
    ['RATIO: 1.50', 'environment.RATIO: must be a string; quote it: "1.50"'],
    ['DEBUG: true', 'environment.DEBUG: must be a string; quote it: "true"'],
    ['DEBUG: false', 'environment.DEBUG: must be a string; quote it: "false"'],
    ['BIG: 1e400', 'environment.BIG: must be a string; quote it: "1e400"'],
    ['EMPTY:', 'environment.EMPTY: has no value; write one, or "" for an empty value'],
    ['EMPTY: ~', 'environment.EMPTY: has no value; write one, or "" for an empty value'],
    ['LIST: [a, b]', 'environment.LIST: must be a string, not a list'],
    ['MAP: {a: b}', 'environment.MAP: must be a string, not a map'],
  ])('environment %s', (line, message) => {
    expect(messages(yaml('environment:', `  ${line}`))).toEqual([message])
  })

  it.each([
    ['com.example.port: 3000', 'annotations.com.example.port: must be a string; quote it: "3000"'],
    ['com.example.enabled: yes', undefined], // YAML 1.2: yes is text
    ['com.example.enabled: on', undefined],
    [
      'com.example.empty:',
      'annotations.com.example.empty: has no value; write one, or "" for an empty value',
    ],
    ['com.example.list: [1]', 'annotations.com.example.list: must be a string, not a list'],
  ])('annotations %s', (line, message) => {
    expect(messages(yaml('annotations:', `  ${line}`))).toEqual(message ? [message] : [])
  })

  it.each([
    [
      yaml('environment: [PORT=1]'),
      'environment: must be a map of variable names to values (PORT: "3000"), not a list',
    ],
    [
      yaml('environment: PORT=1'),
      'environment: must be a map of variable names to values (PORT: "3000"), not the text "PORT=1"',
    ],
    [
      yaml('annotations: 3'),
      'annotations: must be a map of keys to values (com.example.team: payments), not the number 3',
    ],
    [yaml('contents: [curl]'), 'contents: must be a map with a packages list, not a list'],
    [
      yaml('contents:', '  packages: curl'),
      'contents.packages: must be a list of package names, not the text "curl"; write each name on a line of its own starting with "- "',
    ],
    [
      yaml('contents:', '  packages: {curl: 1}'),
      /contents\.packages: must be a list of package names, not a map/,
    ],
    [
      yaml('contents:', '  packages: [curl, 7]'),
      'contents.packages[1]: must be a package name, not the number 7',
    ],
    [
      yaml('contents:', '  packages:', '    - curl', '    -'),
      'contents.packages[1]: is empty; write a package name or remove the line',
    ],
    [yaml('contents:', '  packages: [[curl]]'), 'contents.packages[0]: must be a package name, not a list'],
    [yaml('certificates: [a]'), 'certificates: must be a map with an additional list, not a list'],
    [
      yaml('certificates:', '  additional: x'),
      /certificates\.additional: must be a list of certificates, each with a name and content, not the text "x"/,
    ],
    [
      yaml('certificates:', '  additional: [x]'),
      'certificates.additional[0]: must be a certificate with a name and content, not the text "x"',
    ],
  ])('%s', (text, message) => {
    const found = messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(message)
  })

  it('places a value problem on the value', () => {
    expect(errors(yaml('environment:', '  PORT: 3000'))[0]).toMatchObject({
      path: 'environment.PORT',
      line: 2,
      column: 9,
      endLine: 2,
      endColumn: 13,
    })
  })

  it('places a missing value on its key', () => {
    expect(errors(yaml('environment:', '  PORT:', '  HOST: x'))[0]).toMatchObject({ line: 2, column: 3 })
  })

  it('keeps the well-typed entries in the overlay and leaves out the others', () => {
    const parsed = parse(
      yaml('environment:', '  PORT: 3000', '  HOST: localhost', 'contents:', '  packages: [curl, 3]'),
    )
    expect(parsed.overlay).toEqual({ environment: { HOST: 'localhost' }, contents: { packages: ['curl'] } })
    expect(hasErrors(parsed.problems)).toBe(true)
  })
})

describe('parseBuildConfig: packages', () => {
  const packages = (...names: string[]) =>
    yaml('contents:', '  packages:', ...names.map((name) => `    - ${name}`))

  it('accepts entitled packages', () => {
    expect(parse(packages('curl', 'jq', 'python-3.13'))).toMatchObject({ problems: [] })
  })

  it('refuses a package the organization may not add, by its index', () => {
    expect(errors(packages('curl', 'jq', 'git', 'foo'))).toEqual([
      expect.objectContaining({
        path: 'contents.packages[3]',
        message: 'contents.packages[3]: "foo" is not a package this organization may add',
        line: 6,
        column: 7,
      }),
    ])
  })

  it('does not check entitlement without a list of entitled packages', () => {
    expect(parse(packages('anything-at-all'), {}).problems).toEqual([])
  })

  it('refuses a package listed twice, naming the first', () => {
    expect(messages(packages('curl', 'jq', 'curl'))).toEqual([
      'contents.packages[2]: "curl" is listed twice (also at contents.packages[0])',
    ])
  })

  it.each([
    ['""', 'contents.packages[0]: is empty; write a package name or remove the line'],
    ['"  "', 'contents.packages[0]: is empty; write a package name or remove the line'],
    ['"curl jq"', 'contents.packages[0]: "curl jq" has spaces in it; write one package name per line'],
    ['" curl"', 'contents.packages[0]: " curl" has spaces in it; write one package name per line'],
  ])('refuses the name %s', (name, message) => {
    expect(messages(packages(name))).toEqual([message])
  })

  it('lets the base image’s packages be listed, with a warning', () => {
    const parsed = parse(packages('curl', 'glibc', 'ca-certificates-bundle'))
    expect(hasErrors(parsed.problems)).toBe(false)
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'contents.packages[1]: "glibc" is already in the base image; listing it changes nothing',
      }),
      expect.objectContaining({ severity: 'warning', path: 'contents.packages[2]' }),
    ])
    expect(parsed.overlay).toEqual({ contents: { packages: ['curl', 'glibc', 'ca-certificates-bundle'] } })
  })
})

describe('parseBuildConfig: environment names', () => {
  const env = (name: string) => yaml('environment:', `  ${JSON.stringify(name)}: "x"`)

  it.each([
    'PORT',
    'port',
    '_',
    '_PRIVATE',
    'A1',
    'a_b_c',
    'MY_CHAINGUARD_HOME',
    'CHAINGUARD',
    'CHAINGUARDX',
    'X_CHAINGUARD_',
  ])('accepts %s', (name) => {
    expect(parse(env(name)).problems).toEqual([])
  })

  it.each([
    ['CHAINGUARD_TOKEN', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['chainguard_token', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['Chainguard_Home', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['CHAINGUARD_', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['1PORT', 'a variable name must not start with a digit'],
    ['9', 'a variable name must not start with a digit'],
    ['MY-VAR', '"-" is not allowed in a variable name; use "_" instead: MY_VAR'],
    ['MY VAR', 'a space is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['PÖRT', '"Ö" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['ПОРТ', '"П" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['A.B', '"." is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['PATH=', '"=" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['', 'the variable name is empty'],
  ])('refuses %j', (name, reason) => {
    const found = errors(env(name))
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toBe(`${found[0]?.path}: ${reason}`)
    expect(found[0]).toMatchObject({ line: 2, column: 3 })
  })

  it('writes paths of odd names readably', () => {
    expect(errors(env('MY VAR'))[0]?.path).toBe('environment["MY VAR"]')
    expect(errors(env(''))[0]?.path).toBe('environment[""]')
  })

  it('reports a reserved name and a wrong value both', () => {
    expect(messages(yaml('environment:', '  CHAINGUARD_X: 1'))).toEqual([
      'environment.CHAINGUARD_X: names starting with CHAINGUARD_ are reserved for the image itself',
      'environment.CHAINGUARD_X: must be a string; quote it: "1"',
    ])
  })
})

describe('parseBuildConfig: annotations', () => {
  const annotation = (key: string) => yaml('annotations:', `  ${JSON.stringify(key)}: "x"`)

  it.each([
    'com.example.team',
    'com.example.org.opencontainers.title',
    'example.dev.chainguard.x',
    'org.opencontainer.title',
    'io.opencontainers.x',
    'dev.chain.guard',
    'chainguard.dev/owner',
    'team',
  ])('accepts %s', (key) => {
    expect(parse(annotation(key)).problems).toEqual([])
  })

  it.each([
    ['org.opencontainers.image.title', 'org.opencontainers'],
    ['ORG.OPENCONTAINERS.IMAGE.TITLE', 'org.opencontainers'],
    ['Org.OpenContainers.image.source', 'org.opencontainers'],
    ['org.opencontainers', 'org.opencontainers'],
    ['org.opencontainersfoo', 'org.opencontainers'],
    [' org.opencontainers.image.title', 'org.opencontainers'],
    ['dev.chainguard.package.main', 'dev.chainguard'],
    ['DEV.CHAINGUARD.X', 'dev.chainguard'],
    ['Dev.Chainguard', 'dev.chainguard'],
  ])('refuses %j', (key, prefix) => {
    const found = errors(annotation(key))
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toMatch(
      new RegExp(
        `: keys starting with "${prefix.replace(/\./g, '\\.')}" are reserved: the image's own build sets them$`,
      ),
    )
    expect(found[0]).toMatchObject({ line: 2, column: 3 })
  })

  it('refuses an empty key', () => {
    expect(messages(annotation(''))).toEqual(['annotations[""]: the key is empty'])
    expect(messages(annotation('  '))).toEqual(['annotations["  "]: the key is empty'])
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

describe('checkOverlay (a JSON body)', () => {
  it('accepts the empty build config in every spelling', () => {
    for (const value of [undefined, null, {}])
      expect(checkOverlay(value)).toEqual({ overlay: {}, problems: [], certificates: [] })
  })

  it('reads a full overlay', () => {
    const checked = checkOverlay(FULL_OVERLAY, CONTEXT)
    expect(checked.problems).toEqual([])
    expect(checked.overlay).toEqual(FULL_OVERLAY)
    expect(checked.certificates).toHaveLength(1)
  })

  it.each([
    [42, 'not the number 42'],
    ['curl', 'not the text "curl"'],
    [[], 'not a list'],
    [true, 'not true'],
    [new Date(0), 'not a date'],
    [new Map(), 'not a value of another kind'],
    [new (class Overlay {})(), 'not a value of another kind'],
  ])('refuses %o as a whole', (value, message) => {
    const checked = checkOverlay(value)
    expect(checked.overlay).toBeNull()
    expect(checked.problems).toEqual([
      { path: '', severity: 'error', message: expect.stringContaining(message) },
    ])
  })

  it('says what is wrong with a value in the same words as the editor', () => {
    const body = { environment: { PORT: 3000 }, contents: { packages: ['curl', 'foo'] } }
    const fromJson = checkOverlay(body, CONTEXT).problems.map((problem) => problem.message)
    expect(fromJson).toEqual([
      'environment.PORT: must be a string; quote it: "3000"',
      'contents.packages[1]: "foo" is not a package this organization may add',
    ])
    const fromYaml = messages(yaml('environment:', '  PORT: 3000', 'contents:', '  packages: [curl, foo]'))
    expect(fromYaml).toEqual(fromJson)
  })

  it('carries no positions', () => {
    const [problem] = checkOverlay({ environment: { '1X': 'a' } }).problems
    expect(problem).toEqual({
      path: 'environment.1X',
      message: 'environment.1X: a variable name must not start with a digit',
      severity: 'error',
    })
  })

  it('takes __proto__ and constructor as plain names', () => {
    const body: unknown = JSON.parse('{"environment": {"__proto__": "a", "constructor": "b"}}')
    const checked = checkOverlay(body)
    expect(checked.problems).toEqual([])
    expect(Object.keys(checked.overlay?.environment ?? {})).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(checked.overlay?.environment)).toBe(Object.prototype)
  })

  it('survives throwing getters and revoked proxies', () => {
    const throwing = Object.defineProperty({}, 'environment', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(checkOverlay(throwing).problems).toEqual([
      expect.objectContaining({ message: 'could not be read as a build config' }),
    ])
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(() => checkOverlay(proxy)).not.toThrow()
    expect(() => checkOverlay({ environment: proxy })).not.toThrow()
  })

  it('refuses an API field this console does not edit', () => {
    expect(checkOverlay({ accounts: { runAs: '65532' } }).problems[0]?.message).toMatch(
      /^accounts: is not a field/,
    )
  })
})

describe('buildConfigYaml', () => {
  it('writes the canonical document', () => {
    expect(buildConfigYaml(FULL_OVERLAY)).toBe(FULL)
  })

  it('writes sections in canonical order, whatever the order given', () => {
    const overlay: OverlayDoc = {
      certificates: { additional: [{ name: 'ca.crt', content: EXAMPLE_CA }] },
      annotations: { b: '2', a: '1' },
      environment: { Z: '1' },
      contents: { packages: ['jq'] },
    }
    expect(
      buildConfigYaml(overlay)
        .split('\n')
        .filter((line) => /^\S/.test(line)),
    ).toEqual(['contents:', 'environment:', 'annotations:', 'certificates:'])
  })

  it('leaves out empty sections; the empty build config is no text', () => {
    expect(buildConfigYaml(undefined)).toBe('')
    expect(buildConfigYaml({})).toBe('')
    expect(
      buildConfigYaml({ contents: { packages: [] }, environment: {}, annotations: {}, certificates: {} }),
    ).toBe('')
    expect(buildConfigYaml({ contents: {}, environment: { A: 'x' } })).toBe('environment:\n  A: x\n')
  })

  it('quotes values that would otherwise be read as something else', () => {
    const environment = {
      A: '3000',
      B: 'true',
      C: '',
      D: 'null',
      E: ' padded',
      F: 'a: b',
      G: '#x',
      H: '~',
      I: '1e3',
    }
    const text = buildConfigYaml({ environment })
    expect(text).toContain('A: "3000"')
    expect(text).toContain('B: "true"')
    expect(text).toContain('C: ""')
    expect(parse(text)).toEqual({ overlay: { environment }, problems: [], certificates: [] })
  })

  it('writes certificates as literal blocks', () => {
    const text = buildConfigYaml({
      certificates: { additional: [{ name: 'ca.crt', content: `Our CA\n${EXAMPLE_CA}` }] },
    })
    expect(text).toMatch(/^ {6}content: \|\n {8}Our CA\n {8}-----BEGIN CERTIFICATE-----\n/m)
  })

  it('keeps CRLF content exact (as a quoted string)', () => {
    const content = EXAMPLE_CA.replace(/\n/g, '\r\n')
    const overlay = { certificates: { additional: [{ name: 'ca.crt', content }] } }
    expect(parse(buildConfigYaml(overlay)).overlay).toEqual(overlay)
  })

  it('keeps content without a final line break, or with trailing blank lines', () => {
    for (const content of [
      EXAMPLE_CA.trimEnd(),
      `${EXAMPLE_CA}\n\n`,
      `${EXAMPLE_CA}  \n`,
      `  indented text\n${EXAMPLE_CA}`,
    ]) {
      const overlay = { certificates: { additional: [{ name: 'ca.crt', content }] } }
      expect(parse(buildConfigYaml(overlay)).overlay).toEqual(overlay)
    }
  })

  it('writes an API overlay whose certificate lacks a name, so the editor can say so', () => {
    const text = buildConfigYaml({ certificates: { additional: [{ content: EXAMPLE_CA }] } })
    expect(messages(text)).toEqual([
      'certificates.additional[0].name: is missing; give the certificate a file name, e.g. example-ca.crt',
    ])
  })

  it('does not fold long values', () => {
    const value = 'word '.repeat(60).trim()
    expect(buildConfigYaml({ annotations: { 'com.example.note': value } })).toBe(
      `annotations:\n  com.example.note: ${value}\n`,
    )
  })
})

describe('editBuildConfig', () => {
  const edit = (text: string, change: (overlay: OverlayDoc) => OverlayDoc) => {
    const before = parseBuildConfig(text).overlay ?? {}
    return editBuildConfig(text, before, change(structuredClone(before)))
  }

  it('adds a variable and keeps comments, order and the other sections as written', () => {
    const text = `# nginx for the payments team
annotations:
  com.example.team: payments # owner
environment:
  # the port nginx listens on
  PORT: "8080"
contents:
  packages: [curl, jq]
`
    expect(edit(text, (o) => ({ ...o, environment: { ...o.environment, MODE: 'prod' } })))
      .toBe(`# nginx for the payments team
annotations:
  com.example.team: payments # owner
environment:
  # the port nginx listens on
  PORT: "8080"
  MODE: prod
contents:
  packages: [curl, jq]
`)
  })

  it('removes only the entry removed, and the section when it empties', () => {
    const text = 'environment:\n  A: "1" # first\n  B: "2"\nannotations:\n  com.example.x: y # keep\n'
    expect(edit(text, (o) => ({ ...o, environment: { B: '2' } }))).toBe(
      'environment:\n  B: "2"\nannotations:\n  com.example.x: y # keep\n',
    )
    expect(edit(text, ({ annotations }) => ({ annotations }))).toBe(
      'annotations:\n  com.example.x: y # keep\n',
    )
  })

  it('leaves an entry the rules set aside (a number being fixed) where it is', () => {
    const text = 'environment:\n  PORT: 3000\n'
    expect(edit(text, () => ({ environment: { MODE: 'prod' } }))).toBe(
      'environment:\n  PORT: 3000\n  MODE: prod\n',
    )
  })

  it('changes a value in place', () => {
    expect(edit('environment:\n  MODE: dev # was\n', () => ({ environment: { MODE: 'prod' } }))).toBe(
      'environment:\n  MODE: prod # was\n',
    )
  })

  it('adds a certificate as a literal block and removes one by its entry', () => {
    const text = `# internal CAs
certificates:
  additional:
    - name: a.crt # the old one
      content: |
${EXAMPLE_CA.replace(/^/gm, '        ').trimEnd()}
`
    const added = edit(text, (o) => ({
      certificates: {
        additional: [...(o.certificates?.additional ?? []), { name: 'b.crt', content: EXPIRED_ROOT }],
      },
    }))
    expect(added.startsWith(text)).toBe(true)
    expect(added).toContain('    - name: b.crt\n      content: |\n        -----BEGIN CERTIFICATE-----')
    expect(parseBuildConfig(added).overlay?.certificates?.additional?.map((entry) => entry.name)).toEqual([
      'a.crt',
      'b.crt',
    ])
    const removed = edit(added, (o) => ({
      certificates: { additional: o.certificates?.additional?.filter((entry) => entry.name !== 'a.crt') },
    }))
    expect(removed).toContain('# internal CAs\ncertificates:\n  additional:\n    - name: b.crt')
    expect(edit(removed, () => ({}))).toBe('')
  })

  it('starts an empty document, and falls back to the canonical one for text that is not a map', () => {
    expect(edit('', () => ({ environment: { A: '1' } }))).toBe('environment:\n  A: "1"\n')
    expect(editBuildConfig('- a list', {}, { environment: { A: '1' } })).toBe('environment:\n  A: "1"\n')
    expect(editBuildConfig('environment: [', {}, { environment: { A: '1' } })).toBe(
      'environment:\n  A: "1"\n',
    )
  })

  it('always reads back as the overlay asked for (property)', () => {
    fc.assert(
      fc.property(validOverlay, validOverlay, (before, after) => {
        const text = `# kept\n${buildConfigYaml(before)}`
        const edited = editBuildConfig(text, parseBuildConfig(text).overlay ?? {}, after)
        expect(parseBuildConfig(edited).overlay).toEqual(parseBuildConfig(buildConfigYaml(after)).overlay)
      }),
      { numRuns: 150 },
    )
  })
})

describe('describePlan', () => {
  it('says no changes when nothing changes', () => {
    expect(describePlan(undefined, undefined)).toBe('no changes')
    expect(describePlan({}, { contents: { packages: [] } })).toBe('no changes')
    expect(describePlan(FULL_OVERLAY, structuredClone(FULL_OVERLAY))).toBe('no changes')
    expect(describePlan({ contents: { packages: ['a', 'b'] } }, { contents: { packages: ['b', 'a'] } })).toBe(
      'no changes',
    )
  })

  it('counts packages added and removed, with a minus sign', () => {
    expect(
      describePlan({ contents: { packages: ['curl'] } }, { contents: { packages: ['jq', 'git'] } }),
    ).toBe('packages +2 \u22121')
    expect(describePlan({ contents: { packages: ['curl'] } }, {})).toBe('packages −1')
  })

  it('counts variables and annotations added, changed and removed', () => {
    expect(
      describePlan(
        { environment: { A: '1', B: '2', C: '3' }, annotations: { x: '1' } },
        { environment: { A: '1', B: 'changed', D: '4' }, annotations: { x: '1', y: '2' } },
      ),
    ).toBe('environment +1 ~1 −1; annotations +1')
  })

  it('names the certificates it adds or changes, with their expiry', () => {
    expect(
      describePlan(
        undefined,
        { certificates: { additional: [{ name: 'ca.crt', content: EXAMPLE_LEAF }] } },
        NOW,
      ),
    ).toBe('certificates +1 (CN=internal.example.com, expires 2027-03-01)')
    expect(
      describePlan(
        {
          certificates: {
            additional: [
              { name: 'ca.crt', content: EXAMPLE_CA },
              { name: 'gone.crt', content: EXAMPLE_CA },
            ],
          },
        },
        {
          certificates: {
            additional: [
              { name: 'ca.crt', content: EXPIRED_ROOT },
              { name: 'bad.crt', content: 'x' },
            ],
          },
        },
        NOW,
      ),
    ).toBe(
      'certificates +1 ~1 −1 (CN=Old Example Root, expired 2022-06-30; bad.crt: not a readable certificate)',
    )
    expect(
      describePlan({ certificates: { additional: [{ name: 'ca.crt', content: EXAMPLE_CA }] } }, {}, NOW),
    ).toBe('certificates −1')
  })

  it('puts it all together in the documented order', () => {
    expect(
      describePlan(
        { contents: { packages: ['git'] }, environment: { LOG_LEVEL: 'info' } },
        {
          ...FULL_OVERLAY,
          certificates: { additional: [{ name: 'leaf.crt', content: EXAMPLE_LEAF }] },
        },
        NOW,
      ),
    ).toBe(
      'packages +2 −1; environment +1 ~1; annotations +1; certificates +1 (CN=internal.example.com, expires 2027-03-01)',
    )
  })
})

// ---- properties ----

const ENTITLED_LIST = [...ENTITLED].filter((name) => !BASE.has(name))

const envName = fc
  .stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/)
  .filter((name) => !name.toUpperCase().startsWith('CHAINGUARD_'))
const annotationKey = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 30 })
  .filter(
    (key) =>
      key.trim() !== '' &&
      !key.trim().toLowerCase().startsWith('org.opencontainers') &&
      !key.trim().toLowerCase().startsWith('dev.chainguard'),
  )
const text = fc.string({ unit: 'binary', maxLength: 40 })
const certificateName = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .filter((name) => !/[/\\\p{Cc}]|\.\./u.test(name) && name.trim() !== '' && name !== '.')
const pem = fc.constantFrom(EXAMPLE_CA, EXAMPLE_LEAF, EXPIRED_ROOT, UNICODE_CA)
const certificateContent = fc
  .tuple(
    fc.option(
      fc.string({ maxLength: 60 }).filter((lead) => !lead.includes('-----')),
      { nil: undefined },
    ),
    pem,
    fc.boolean(),
    fc.constantFrom('', '\n', '  \n\n', ' '),
  )
  .map(([lead, certificate, crlf, trail]) => {
    const content = `${lead === undefined ? '' : `${lead}\n`}${certificate}${trail}`
    return crlf ? content.replace(/\n/g, '\r\n') : content
  })

const validOverlay: fc.Arbitrary<OverlayDoc> = fc
  .record(
    {
      packages: fc.uniqueArray(fc.constantFrom(...ENTITLED_LIST), { minLength: 1 }),
      environment: fc.dictionary(envName, text, { minKeys: 1, maxKeys: 5 }),
      annotations: fc.dictionary(annotationKey, text, { minKeys: 1, maxKeys: 5 }),
      certificates: fc.uniqueArray(fc.record({ name: certificateName, content: certificateContent }), {
        minLength: 1,
        maxLength: 3,
        selector: (entry) => entry.name,
      }),
    },
    { requiredKeys: [] },
  )
  .map(({ packages, environment, annotations, certificates }) => ({
    ...(packages && { contents: { packages } }),
    ...(environment && { environment }),
    ...(annotations && { annotations }),
    ...(certificates && { certificates: { additional: certificates } }),
  }))

/** What a YAML author might type: fragments of build configs, shuffled. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'contents:',
        '  packages:',
        '    - curl',
        '    -',
        'environment:',
        '  PORT: 3000',
        '  CHAINGUARD_X: "1"',
        'annotations:',
        '  org.opencontainers.x: y',
        'certificates:',
        '  additional:',
        '    - name: a.crt',
        '      content: |',
        '        -----BEGIN CERTIFICATE-----',
        '        MIIB',
        '        -----END CERTIFICATE-----',
        '---',
        '&a [*a]',
        '? [x]',
        ': y',
        '"unclosed',
        '\t- tab',
        '{ a: [1, 2 }',
        '!!binary aGk=',
        '!tag x',
      ),
      text,
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'))

function isValidResult(result: { overlay: OverlayDoc | null; problems: ConfigProblem[] }): boolean {
  if (result.overlay === null) return hasErrors(result.problems)
  // the overlay is always well-typed: checking it again finds no type problem, and no new problem at all
  const again = checkOverlay(result.overlay)
  return (
    again.overlay !== null && again.problems.every((problem) => !/must be|not a field/.test(problem.message))
  )
}

describe('properties', () => {
  it('parseBuildConfig never throws and returns problems or a valid overlay, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), yamlish), (input) => {
        const result = parseBuildConfig(input, CONTEXT)
        expect(isValidResult(result)).toBe(true)
        for (const problem of result.problems) {
          expect(problem.message).toEqual(expect.any(String))
          if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('checkOverlay never throws and returns problems or a valid overlay, whatever the value', () => {
    const overlayish = fc.record(
      {
        contents: fc.oneof(
          fc.anything(),
          fc.record({ packages: fc.oneof(fc.anything(), fc.array(fc.anything())) }),
        ),
        environment: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
        annotations: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
        certificates: fc.oneof(
          fc.anything(),
          fc.record({
            additional: fc.array(fc.record({ name: fc.anything(), content: fc.oneof(fc.anything(), pem) })),
          }),
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), overlayish), (value) => {
        expect(isValidResult(checkOverlay(value, CONTEXT))).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('a valid overlay goes YAML → overlay → YAML unchanged', () => {
    fc.assert(
      fc.property(validOverlay, (overlay) => {
        const text = buildConfigYaml(overlay)
        const parsed = parseBuildConfig(text, CONTEXT)
        expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([])
        expect(parsed.overlay).toEqual(overlay)
        expect(buildConfigYaml(parsed.overlay ?? undefined)).toBe(text)
        expect(checkOverlay(overlay, CONTEXT).problems).toEqual(
          parsed.problems.map(({ path, message, severity }) => ({ path, message, severity })),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('describePlan of an overlay against itself is no changes', () => {
    fc.assert(
      fc.property(validOverlay, (overlay) => {
        expect(describePlan(overlay, structuredClone(overlay), NOW)).toBe('no changes')
      }),
      { numRuns: 100 },
    )
  })
})
