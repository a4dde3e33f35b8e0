import { describe, expect, it } from 'vitest'
import {
  annotationKeyError,
  certificateNameError,
  environmentNameError,
  formatPath,
  packageNameError,
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
