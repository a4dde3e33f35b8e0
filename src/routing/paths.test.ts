import { describe, expect, it } from 'vitest'
import { lineHash, parseLineHash, paths } from './paths'

describe('line permalinks', () => {
  it.each([
    ['#L1', { from: 1, to: 1 }],
    ['#L120', { from: 120, to: 120 }],
    ['#L120-L130', { from: 120, to: 130 }],
    ['#L130-L120', { from: 120, to: 130 }],
  ])('reads %s', (hash, range) => {
    expect(parseLineHash(hash)).toEqual(range)
    expect(parseLineHash(lineHash(range))).toEqual(range)
  })

  it.each([
    '',
    '#',
    '#L',
    '#L0',
    '#L-3',
    '#l12',
    '#L12-',
    '#L12-13',
    '#L1e3',
    '#L12&x',
    '#L9999999999',
    '#L<script>',
  ])('ignores %j', (hash) => expect(parseLineHash(hash)).toBeUndefined())

  it('writes one line or a range', () => {
    expect(lineHash({ from: 7, to: 7 })).toBe('#L7')
    expect(lineHash({ from: 7, to: 9 })).toBe('#L7-L9')
  })
})

describe('paths', () => {
  it('puts the last segment of a build id in the URL', () => {
    expect(paths.build('acme.com', 'redis', 'aaaa/bbbb/0123456789abcdef')).toBe(
      '/acme.com/images/redis/builds/0123456789abcdef',
    )
  })
})
