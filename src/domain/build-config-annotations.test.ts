import { describe, expect, it } from 'vitest'
import { errors, messages, parse, yaml } from '../test/build-config'
import { annotationKeyError } from './build-config-annotations'

describe('single values', () => {
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
