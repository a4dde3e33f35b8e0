import { describe, expect, it } from 'vitest'
import { errors, messages, parse, yaml } from '../test/build-config'
import { hasErrors } from './build-config-read'
import { packageNameError } from './build-config-packages'

describe('single values', () => {
  it.each([
    ['curl', undefined],
    ['py3.12-requests', undefined],
    ['', 'is empty; write a package name or remove the line'],
    ['curl\n', '"curl\n" has spaces in it; write one package name per line'],
  ])('packageNameError(%j)', (name, reason) => {
    expect(packageNameError(name)).toBe(reason)
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
