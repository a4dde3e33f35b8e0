import { describe, expect, it } from 'vitest'
import {
  comparedVersions,
  formatBytes,
  formatSizeDifference,
  previousVersion,
  sourceReference,
} from './compare'
import { groupTagsByDigest } from './versions'

const tag = (name: string, digest: string) => ({ name, digest })
const versions = groupTagsByDigest([
  tag('latest', 'sha256:a'),
  tag('22', 'sha256:a'),
  tag('20', 'sha256:b'),
  tag('18', 'sha256:c'),
  tag('latest-dev', 'sha256:d'),
  tag('22-dev', 'sha256:d'),
  tag('20-dev', 'sha256:e'),
  tag('22-slim', 'sha256:f'),
])
const byTag = (name: string) => versions.find((version) => version.tags.includes(name))

describe('previousVersion', () => {
  it('is the next older version of the same variant', () => {
    expect(previousVersion(versions, byTag('latest'))?.tags).toEqual(['20'])
    expect(previousVersion(versions, byTag('20'))?.tags).toEqual(['18'])
    expect(previousVersion(versions, byTag('latest-dev'))?.tags).toEqual(['20-dev'])
  })

  it('is undefined for the oldest of its variant, an unknown version or none', () => {
    expect(previousVersion(versions, byTag('18'))).toBeUndefined()
    expect(previousVersion(versions, byTag('22-slim'))).toBeUndefined()
    expect(
      previousVersion(versions, { digest: 'sha256:gone', tags: [], lastUpdated: undefined, isDev: false }),
    ).toBeUndefined()
    expect(previousVersion(versions, undefined)).toBeUndefined()
    expect(previousVersion([], byTag('latest'))).toBeUndefined()
  })
})

describe('comparedVersions', () => {
  it('defaults to the previous version and the latest', () => {
    const { from, to } = comparedVersions(versions, { from: '', to: '' })
    expect([from?.tags[0], to?.tags[0]]).toEqual(['20', 'latest'])
  })

  it('takes each side from the URL, by tag or digest, the other side defaulting', () => {
    expect(comparedVersions(versions, { from: '18', to: '20' })).toMatchObject({
      from: { digest: 'sha256:c' },
      to: { digest: 'sha256:b' },
    })
    expect(comparedVersions(versions, { from: '', to: '22-dev' }).from?.digest).toBe('sha256:e')
    expect(comparedVersions(versions, { from: 'sha256:zz', to: '' })).toMatchObject({
      from: { digest: 'sha256:zz', tags: [] },
      to: { digest: 'sha256:a' },
    })
  })

  it('has no side for a tag the image does not have', () => {
    expect(comparedVersions(versions, { from: 'nope', to: '' }).from).toBeUndefined()
    expect(comparedVersions(versions, { from: '', to: 'nope' })).toEqual({ from: undefined, to: undefined })
  })
})

describe('sourceReference', () => {
  it('reads a catalogue name, with or without the registry host, tag or digest', () => {
    expect(sourceReference('chainguard/node')).toEqual({ group: 'chainguard', image: 'node' })
    expect(sourceReference(' cgr.dev/chainguard/node:latest ')).toEqual({
      group: 'chainguard',
      image: 'node',
    })
    expect(sourceReference('cgr.dev/chainguard/node@sha256:abc')).toEqual({
      group: 'chainguard',
      image: 'node',
    })
  })

  it('reads a repository id', () => {
    const id = `${'a'.repeat(40)}/${'b'.repeat(16)}`
    expect(sourceReference(id)).toEqual({ id })
  })

  it('has none for an empty or one-part source', () => {
    expect(sourceReference(undefined)).toBeUndefined()
    expect(sourceReference('')).toBeUndefined()
    expect(sourceReference('node')).toBeUndefined()
    expect(sourceReference('cgr.dev/node')).toBeUndefined()
  })
})

describe('sizes', () => {
  it('formats bytes in decimal units, one decimal under a hundred', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(1000)).toBe('1.0 KB')
    expect(formatBytes(48_213_000)).toBe('48.2 MB')
    expect(formatBytes(340_400)).toBe('340 KB')
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB')
    expect(formatBytes(-1_200_000)).toBe('−1.2 MB')
  })

  it('says how much larger or smaller the second size is', () => {
    expect(formatSizeDifference(10_000_000, 11_200_000)).toBe('+1.2 MB')
    expect(formatSizeDifference(1_000_000, 659_600)).toBe('−340 KB')
    expect(formatSizeDifference(5, 5)).toBe('No change')
  })
})
