import { describe, expect, it } from 'vitest'
import { block, errors, messages, parse, yaml } from '../test/build-config'
import { EXAMPLE_CA } from '../test/fixtures/certificates'
import { hasErrors } from './build-config-read'

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
