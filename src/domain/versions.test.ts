import { describe, expect, it } from 'vitest'
import { compareTags, groupTagsByDigest, matchesVersionFilter, summarizeTags } from './versions'

const tag = (name: string, digest: string, lastUpdated = '2026-11-20T10:00:00Z') => ({
  name,
  digest,
  lastUpdated,
})

describe('groupTagsByDigest', () => {
  const tags = [
    tag('22', 'sha256:b'),
    tag('latest-dev', 'sha256:d'),
    tag('22.15.0', 'sha256:b'),
    tag('24', 'sha256:a', '2026-11-21T10:00:00Z'),
    tag('latest', 'sha256:a', '2026-11-22T10:00:00Z'),
    tag('24.1.0', 'sha256:a'),
    tag('24-dev', 'sha256:d'),
    tag('24-slim', 'sha256:s'),
  ]

  it('makes one version per digest with all its tags, most precise first after latest', () => {
    const versions = groupTagsByDigest(tags)
    expect(versions.map((v) => v.tags)).toEqual([
      ['latest', '24.1.0', '24'],
      ['22.15.0', '22'],
      ['24-slim'],
      ['latest-dev', '24-dev'],
    ])
  })

  it('marks -dev versions and keeps the newest update time of each', () => {
    const [latest, , , dev] = groupTagsByDigest(tags)
    expect(latest?.lastUpdated).toBe('2026-11-22T10:00:00Z')
    expect(latest?.isDev).toBe(false)
    expect(dev?.isDev).toBe(true)
  })

  it('ignores tags without a name or digest and survives an empty list', () => {
    expect(groupTagsByDigest([{ name: 'x' }, { digest: 'sha256:1' }])).toEqual([])
    expect(groupTagsByDigest([])).toEqual([])
  })
})

describe('compareTags', () => {
  it('orders latest first, then higher versions, numerically', () => {
    expect(['9', '10', 'latest', '10.1', '9.10', '9.9'].sort(compareTags)).toEqual([
      'latest',
      '10.1',
      '10',
      '9.10',
      '9.9',
      '9',
    ])
  })
})

describe('summarizeTags', () => {
  it('names the most precise tag where latest points, and the newest update', () => {
    const summary = summarizeTags([
      tag('latest', 'sha256:a'),
      tag('3.13.3', 'sha256:a'),
      tag('3.12', 'sha256:b', '2026-11-23T00:00:00Z'),
    ])
    expect(summary).toEqual({
      latestTag: '3.13.3',
      latestDigest: 'sha256:a',
      lastUpdated: '2026-11-23T00:00:00Z',
    })
  })

  it('falls back to latest alone, and to nothing for no tags', () => {
    expect(summarizeTags([tag('latest', 'sha256:a')]).latestTag).toBe('latest')
    expect(summarizeTags([])).toEqual({
      latestTag: undefined,
      latestDigest: undefined,
      lastUpdated: undefined,
    })
  })
})

describe('matchesVersionFilter', () => {
  const [version] = groupTagsByDigest([tag('22.15.0', 'sha256:abc123')])
  it('matches tags and digests, case-insensitively, and everything for an empty filter', () => {
    if (!version) throw new Error('no version')
    expect(matchesVersionFilter(version, '22.15')).toBe(true)
    expect(matchesVersionFilter(version, 'ABC1')).toBe(true)
    expect(matchesVersionFilter(version, '  ')).toBe(true)
    expect(matchesVersionFilter(version, '99')).toBe(false)
  })
})
