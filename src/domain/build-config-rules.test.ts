import { describe, expect, it } from 'vitest'
import {
  annotationKeyError,
  beyondDocumentProblems,
  certificateNameError,
  environmentNameError,
  formatPath,
  packageNameError,
  splitOverlay,
} from './build-config-rules'

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

describe('splitOverlay', () => {
  it('parts the document from the API fields beyond it', () => {
    expect(
      splitOverlay({
        accounts: { runAs: '65532' },
        contents: {
          packages: ['curl'],
          runtimeRepositories: ['https://apk.example.com'],
          runtimeKeyring: [],
        },
        environment: { A: '1' },
        certificates: { providers: ['system'] },
        unknown: 1,
      }),
    ).toEqual({
      document: { contents: { packages: ['curl'] }, environment: { A: '1' }, unknown: 1 },
      beyond: {
        accounts: { runAs: '65532' },
        contents: { runtimeRepositories: ['https://apk.example.com'], runtimeKeyring: [] },
        certificates: { providers: ['system'] },
      },
    })
  })

  it.each([undefined, null, 'text', ['a'], { contents: 'not a map' }, { contents: {} }])(
    'leaves %j to the rules as it is',
    (value) => {
      expect(splitOverlay(value)).toEqual({ document: value, beyond: {} })
    },
  )
})

describe('beyondDocumentProblems', () => {
  it('accepts the shapes the API takes', () => {
    expect(
      beyondDocumentProblems({
        accounts: { runAs: '65532', users: [] },
        contents: {
          runtimeRepositories: ['https://apk.example.com/os'],
          runtimeKeyring: [{ name: 'key.rsa.pub', content: '-----BEGIN PUBLIC KEY-----' }],
        },
        certificates: { providers: ['system'] },
      }),
    ).toEqual([])
  })

  it.each([
    [{ accounts: [] }, 'accounts: must be a map (runAs, users, groups)'],
    [
      { contents: { runtimeRepositories: [1] } },
      'contents.runtimeRepositories: must be a list of repository URLs',
    ],
    [
      { contents: { runtimeKeyring: 'key' } },
      'contents.runtimeKeyring: must be a list of keys, each with a name and a content',
    ],
    [{ certificates: { providers: 'system' } }, 'certificates.providers: must be a list of names'],
  ])('refuses %j', (beyond, message) => {
    expect(beyondDocumentProblems(beyond)).toEqual([message])
  })
})
