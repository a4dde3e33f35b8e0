import { describe, expect, it } from 'vitest'
import { addedAmong, changesSince, earlierSuccesses, lockedPackages } from './build-lock'
import { VERSION_ANNOTATION } from './build-version'

const locked = (packages: unknown) => JSON.stringify({ contents: { packages }, archs: ['x86_64'] })

describe('lockedPackages', () => {
  it('reads each package locked to its release, by name', () => {
    expect(
      lockedPackages(locked(['wolfi-base=1-r8', 'curl=8.11.1-r0', 'ca-certificates-bundle=20241121-r1'])),
    ).toEqual({
      state: 'read',
      packages: [
        { name: 'ca-certificates-bundle', version: '20241121-r1' },
        { name: 'curl', version: '8.11.1-r0' },
        { name: 'wolfi-base', version: '1-r8' },
      ],
    })
  })

  it('keeps a package without a version, reads other constraints, skips what is not a package', () => {
    expect(
      lockedPackages(locked(['jq', 'git>=2.47', ' bash=5.2.37-r2 ', 42, null, '', '=1.0', 'jq=1.7'])),
    ).toEqual({
      state: 'read',
      packages: [
        { name: 'bash', version: '5.2.37-r2' },
        { name: 'git', version: '2.47' },
        { name: 'jq', version: '' },
      ],
    })
    expect(lockedPackages(locked([]))).toEqual({ state: 'read', packages: [] })
  })

  it.each([
    ['no locked configuration', undefined, 'missing'],
    ['an empty one', '  ', 'missing'],
    ['text that is not JSON', 'contents:\n  packages: [curl]', 'unreadable'],
    ['JSON that is not an object', '["curl=8"]', 'unreadable'],
    ['no contents', JSON.stringify({ archs: [] }), 'unreadable'],
    ['contents that are not a map', JSON.stringify({ contents: 'curl' }), 'unreadable'],
    ['a package list that is not a list', locked({ curl: '8' }), 'unreadable'],
  ])('says why there is no list from %s', (_, value, state) => {
    expect(lockedPackages(value)).toEqual({ state })
  })
})

const config = (stream: string) => JSON.stringify({ annotations: { [VERSION_ANNOTATION]: stream } })
let counter = 0
function report(stream: string | undefined, result: 'Success' | 'Failure' | 'running', hour: number) {
  return {
    id: `build-${++counter}`,
    config: stream === undefined ? '{}' : config(stream),
    startedAt: new Date(Date.UTC(2026, 10, 30, hour)).toISOString(),
    ...(result === 'running'
      ? {}
      : { result, completedAt: new Date(Date.UTC(2026, 10, 30, hour, 5)).toISOString() }),
  }
}

describe('earlierSuccesses', () => {
  it('finds the last successful build of the same stream that started before each build', () => {
    const first = report('22', 'Success', 1)
    const otherStream = report('20', 'Success', 2)
    const failed = report('22', 'Failure', 3)
    const second = report('22', 'Success', 4)
    const running = report('22', 'running', 5)
    // given in any order, as the list sorts newest first
    const earlier = earlierSuccesses([running, second, failed, otherStream, first])
    expect(earlier.get(first.id)).toBeUndefined()
    expect(earlier.get(otherStream.id)).toBeUndefined()
    expect(earlier.get(failed.id)).toBe(first)
    expect(earlier.get(second.id)).toBe(first)
    expect(earlier.get(running.id)).toBe(second)
  })

  it('knows no earlier build for a build without a stream, nor from a running or failed one', () => {
    const noStream = report(undefined, 'Success', 1)
    const alsoNoStream = report(undefined, 'Success', 2)
    const running = report('7', 'running', 3)
    const failed = report('7', 'Failure', 4)
    const after = report('7', 'Success', 5)
    const earlier = earlierSuccesses([noStream, alsoNoStream, running, failed, after])
    expect(earlier.size).toBe(0)
  })
})

describe('changesSince', () => {
  const before = { lockedConfig: locked(['curl=8.10.0-r0', 'jq=1.7.1-r1', 'zlib=1.3.1-r4']) }

  it('lists the packages added, removed and changed since the earlier build', () => {
    const after = { lockedConfig: locked(['curl=8.11.1-r0', 'python-3.12=3.12.8-r1', 'zlib=1.3.1-r4']) }
    const changes = changesSince(after, before)
    expect(changes).toEqual({
      state: 'compared',
      diff: {
        added: [{ name: 'python-3.12', version: '3.12.8-r1' }],
        removed: [{ name: 'jq', version: '1.7.1-r1' }],
        changed: [{ name: 'curl', from: '8.10.0-r0', to: '8.11.1-r0' }],
      },
    })
    expect(addedAmong(changes, ['python-3.13', 'python-3.12'])).toEqual(['python-3.12'])
    expect(addedAmong(changes, ['jq', 'curl'])).toEqual([])
  })

  it('says why nothing can be compared', () => {
    expect(changesSince(before, undefined)).toEqual({ state: 'no-earlier' })
    expect(changesSince({}, before)).toEqual({ state: 'this-missing' })
    expect(changesSince({ lockedConfig: '{not json' }, before)).toEqual({ state: 'this-unreadable' })
    expect(changesSince(before, { lockedConfig: '' })).toEqual({ state: 'earlier-unreadable' })
    expect(changesSince(before, { lockedConfig: '[]' })).toEqual({ state: 'earlier-unreadable' })
    expect(addedAmong({ state: 'no-earlier' }, ['curl'])).toEqual([])
  })

  it('finds nothing changed between two equal lists', () => {
    expect(changesSince(before, before)).toEqual({
      state: 'compared',
      diff: { added: [], removed: [], changed: [] },
    })
  })
})
