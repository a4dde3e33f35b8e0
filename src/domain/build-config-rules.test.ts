import { describe, expect, it } from 'vitest'
import {
  annotationKeyError,
  certificateNameError,
  describeProblems,
  environmentNameError,
  formatPath,
  overlayProblems,
  packageNameError,
} from './build-config-rules'
import { EXPIRED_ROOT } from './test-certificates'

const isEntitled = (name: string) => ['curl', 'jq'].includes(name)

describe('single values', () => {
  it.each([
    ['PORT', undefined],
    ['_x9', undefined],
    ['CHAINGUARD', undefined],
    ['chainguard_x', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['2FA', 'a variable name must not start with a digit'],
    ['A-B-C', '"-" is not allowed in a variable name; use "_" instead: A_B_C'],
    ['A\tB', 'a space is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['ÄRGER', '"Ä" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['A😀', '"😀" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
  ])('environmentNameError(%j)', (name, reason) => {
    expect(environmentNameError(name)).toBe(reason)
  })

  it.each([
    ['com.example.a', undefined],
    ['x.org.opencontainers', undefined],
    [
      'org.opencontainers.image.url',
      'keys starting with "org.opencontainers" are reserved: the image\'s own build sets them',
    ],
    [
      'DEV.chainguard.x',
      'keys starting with "dev.chainguard" are reserved: the image\'s own build sets them',
    ],
    ['', 'the key is empty'],
  ])('annotationKeyError(%j)', (key, reason) => {
    expect(annotationKeyError(key)).toBe(reason)
  })

  it.each([
    ['curl', undefined],
    ['py3.12-requests', undefined],
    ['', 'is empty; write a package name or remove the line'],
    ['curl\n', '"curl\n" has spaces in it; write one package name per line'],
  ])('packageNameError(%j)', (name, reason) => {
    expect(packageNameError(name)).toBe(reason)
  })

  it.each([
    ['ca.crt', undefined],
    ['a/b', 'must not contain "/" or "\\": it becomes the certificate\'s file name'],
    ['x\u007f', 'must not contain control characters (such as tabs or line breaks)'],
  ])('certificateNameError(%j)', (name, reason) => {
    expect(certificateNameError(name)).toBe(reason)
  })

  it('formatPath', () => {
    expect(formatPath([])).toBe('')
    expect(formatPath(['environment', 'PORT'])).toBe('environment.PORT')
    expect(formatPath(['annotations', 'org.opencontainers.x'])).toBe('annotations.org.opencontainers.x')
    expect(formatPath(['certificates', 'additional', 0, 'content'])).toBe(
      'certificates.additional[0].content',
    )
    expect(formatPath(['environment', 'A "B"'])).toBe('environment["A \\"B\\""]')
  })
})

describe('overlayProblems and describeProblems (the earlier API)', () => {
  it('finds nothing wrong with a good build config, or none', () => {
    expect(overlayProblems(undefined, { isEntitled })).toEqual([])
    expect(
      overlayProblems({ contents: { packages: ['curl'] }, environment: { A: 'b' } }, { isEntitled }),
    ).toEqual([])
  })

  it('lists errors with the path apart from the message, and leaves warnings out', () => {
    const problems = overlayProblems(
      {
        contents: { packages: ['curl', 'nope', 'curl'] },
        environment: { CHAINGUARD_X: 'a', PORT: 3000 },
        annotations: { 'dev.chainguard.x': 'y' },
        certificates: { additional: [{ name: 'old.crt', content: EXPIRED_ROOT }] },
      },
      { isEntitled },
    )
    expect(problems).toEqual([
      { path: 'contents.packages[1]', message: '"nope" is not a package this organization may add' },
      { path: 'contents.packages[2]', message: '"curl" is listed twice (also at contents.packages[0])' },
      {
        path: 'environment.CHAINGUARD_X',
        message: 'names starting with CHAINGUARD_ are reserved for the image itself',
      },
      { path: 'environment.PORT', message: 'must be a string; quote it: "3000"' },
      {
        path: 'annotations.dev.chainguard.x',
        message: 'keys starting with "dev.chainguard" are reserved: the image\'s own build sets them',
      },
    ])
    expect(describeProblems(problems.slice(0, 2))).toBe(
      'contents.packages[1]: "nope" is not a package this organization may add; contents.packages[2]: "curl" is listed twice (also at contents.packages[0])',
    )
  })

  it('describes a problem with the whole document without a path', () => {
    expect(describeProblems([{ path: '', message: 'a build config must be a map' }])).toBe(
      'a build config must be a map',
    )
  })
})
