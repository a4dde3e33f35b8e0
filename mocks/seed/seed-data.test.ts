import { describe, it, expect } from 'vitest'

import { images } from './images'
import { generateCatalogue } from './generated-packages'
import { catalogue, fileConflicts } from './packages'
import type { SeedPackage } from './types'

const VERSION = /^\d+(\.\d+)*[a-z]?(_(alpha|beta|pre|rc|p)\d+)?$/
const NAME = /^[A-Za-z0-9]([A-Za-z0-9._+-]*[A-Za-z0-9+])?$/
const ARCHS = new Set(['x86_64', 'aarch64'])

const names = (packages: readonly SeedPackage[]) => packages.map((p) => p.name)
const isSorted = (list: readonly string[]) => list.every((name, i) => i === 0 || (list[i - 1] ?? '') < name)
const duplicates = (list: readonly string[]) => list.filter((name, i) => list.indexOf(name) !== i)

/** every field well-formed; returns the names of offending packages */
function malformed(packages: readonly SeedPackage[]): string[] {
  return packages
    .filter(
      (p) =>
        !NAME.test(p.name) ||
        !VERSION.test(p.version) ||
        !Number.isInteger(p.epoch) ||
        p.epoch < 0 ||
        p.description.trim() === '' ||
        /[\r\n]/.test(p.description) ||
        p.license.trim() === '' ||
        p.origin.trim() === '' ||
        p.archs.length === 0 ||
        p.archs.some((arch) => !ARCHS.has(arch)) ||
        new Set(p.archs).size !== p.archs.length,
    )
    .map((p) => p.name)
}

const catalogueNames = new Set(names(catalogue))
const baseSets = images.map((image) => new Set(image.basePackages))

describe('catalogue', () => {
  it('holds about 1,500 packages', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(1450)
    expect(catalogue.length).toBeLessThanOrEqual(1600)
  })

  it('has unique names sorted by code unit', () => {
    const list = names(catalogue)
    expect(duplicates(list)).toEqual([])
    expect(isSorted(list)).toBe(true)
  })

  it('has well-formed fields', () => {
    expect(malformed(catalogue)).toEqual([])
  })

  it('names an origin that is itself in the catalogue', () => {
    expect(catalogue.filter((p) => !catalogueNames.has(p.origin)).map((p) => p.name)).toEqual([])
  })

  it('includes the packages everyone expects', () => {
    for (const name of [
      'bash',
      'busybox',
      'curl',
      'libcurl-openssl4',
      'ca-certificates-bundle',
      'glibc',
      'glibc-locale-posix',
      'ld-linux',
      'libgcc',
      'libstdc++',
      'libssl3',
      'libcrypto3',
      'openssl',
      'zlib',
      'wolfi-baselayout',
      'apk-tools',
      'nodejs-22',
      'nodejs-20',
      'npm',
      'python-3.12',
      'python-3.12-base',
      'py3.12-pip',
      'py3.12-requests',
      'go-1.24',
      'openjdk-21',
      'openjdk-21-jre',
      'nginx',
      'postgresql-17',
      'redis-8.0',
      'git',
      'jq',
      'yq',
      'tzdata',
      'icu',
      'libxml2',
      'sqlite',
      'tini',
    ]) {
      expect(catalogueNames.has(name), name).toBe(true)
    }
    expect(catalogue.find((p) => p.name === 'libcurl-openssl4')?.origin).toBe('curl')
    expect(catalogue.find((p) => p.name === 'py3.12-requests')?.origin).toBe('py3-requests')
  })

  it('builds almost everything for both architectures', () => {
    const x86Only = catalogue.filter((p) => p.archs.length === 1)
    expect(x86Only.length).toBeGreaterThan(0)
    expect(x86Only.length).toBeLessThan(20)
    expect(x86Only.every((p) => p.archs[0] === 'x86_64')).toBe(true)
  })
})

describe('images', () => {
  it('have unique names and the expected streams', () => {
    expect(duplicates(images.map((i) => i.name))).toEqual([])
    const byName = new Map(images.map((i) => [i.name, i]))
    expect(byName.get('node')?.versions).toEqual(['24.1.0', '22.15.0', '20.19.2'])
    expect(byName.get('node')?.variants).toEqual(['', '-dev', '-slim'])
    expect(byName.get('static')?.versions).toEqual([])
    expect(images).toHaveLength(20)
  })

  it.each(images.map((i) => [i.name, i] as const))('%s has a consistent package set', (_, image) => {
    expect(image.description.trim()).not.toBe('')
    expect(image.basePackages.length).toBeGreaterThanOrEqual(4)
    expect(image.basePackages.length).toBeLessThanOrEqual(30)
    expect(image.basePackages.filter((name) => !catalogueNames.has(name))).toEqual([])
    expect(image.devPackages.filter((name) => !catalogueNames.has(name))).toEqual([])
    expect(duplicates(image.basePackages)).toEqual([])
    expect(duplicates(image.devPackages)).toEqual([])
    expect(image.devPackages.filter((name) => image.basePackages.includes(name))).toEqual([])
    expect(image.devPackages.length > 0).toBe(image.variants.includes('-dev'))
    expect(image.variants).toContain('')
    expect(duplicates(image.variants)).toEqual([])
    expect(duplicates(image.versions)).toEqual([])
    expect(image.versions.filter((v) => !VERSION.test(v))).toEqual([])
  })

  it('carry a base package whose version is the newest stream', () => {
    const byName = new Map(catalogue.map((p) => [p.name, p]))
    for (const image of images.filter((i) => i.versions.length > 0)) {
      const versions = image.basePackages.map((name) => byName.get(name)?.version)
      expect(versions, image.name).toContain(image.versions[0])
    }
  })
})

describe('fileConflicts', () => {
  it('holds 5 to 8 pairs', () => {
    expect(fileConflicts.length).toBeGreaterThanOrEqual(5)
    expect(fileConflicts.length).toBeLessThanOrEqual(8)
  })

  it.each(fileConflicts.map((c) => [c.packages.join(' + '), c] as const))(
    '%s is a usable pair',
    (_, conflict) => {
      const [a, b] = conflict.packages
      expect(catalogueNames.has(a), a).toBe(true)
      expect(catalogueNames.has(b), b).toBe(true)
      expect(a).not.toBe(b)
      expect(conflict.path).toMatch(/^\/\S+$/)
      // never both in one image's base, and some image has neither, so a user can add both to it
      expect(baseSets.some((set) => set.has(a) && set.has(b))).toBe(false)
      expect(baseSets.some((set) => !set.has(a) && !set.has(b))).toBe(true)
    },
  )
})

describe('generateCatalogue', () => {
  const large = generateCatalogue(20000)

  it('returns exactly the packages asked for, with unique sorted names', () => {
    expect(large).toHaveLength(20000)
    const list = names(large)
    expect(new Set(list).size).toBe(20000)
    expect(isSorted(list)).toBe(true)
  })

  it('contains the whole catalogue, unchanged', () => {
    const byName = new Map(large.map((p) => [p.name, p]))
    for (const p of catalogue) expect(byName.get(p.name)).toEqual(p)
  })

  it('generates well-formed packages', () => {
    expect(malformed(large)).toEqual([])
  })

  it('is deterministic', () => {
    expect(generateCatalogue(20000)).toEqual(large)
  })

  it('grows by prefix: a smaller result is a subset of a larger one', () => {
    const small = generateCatalogue(5000)
    const largeNames = new Set(names(large))
    expect(small).toHaveLength(5000)
    expect(names(small).filter((name) => !largeNames.has(name))).toEqual([])
  })

  it('never returns fewer than asked, nor less than the catalogue', () => {
    expect(generateCatalogue(1500).length).toBeGreaterThanOrEqual(1500)
    expect(generateCatalogue(catalogue.length + 1)).toHaveLength(catalogue.length + 1)
    expect(generateCatalogue(10)).toHaveLength(catalogue.length)
  })

  it('keeps going past the end of the generated families', () => {
    const huge = generateCatalogue(40000)
    expect(huge).toHaveLength(40000)
    expect(new Set(names(huge)).size).toBe(40000)
  })

  it('hands out copies the caller may mutate', () => {
    const first = generateCatalogue(catalogue.length + 10)
    const p = first[0]
    if (p) {
      p.archs.push('x86_64')
      p.description = 'changed'
    }
    expect(generateCatalogue(catalogue.length + 10)[0]).toEqual(catalogue[0])
  })
})
