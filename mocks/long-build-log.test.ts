import { describe, expect, it } from 'vitest'
import type { LogPlan } from './build-logs'
import { planLongBuildLog } from './long-build-log'
import { packageIndex } from './packages'
import { orgOrThrow } from './state'
import { acme } from './test-lookups'

function plan(): LogPlan {
  const catalogue = packageIndex(orgOrThrow(acme()))
  const packages = ['npm', 'nodejs-22', 'python-3.13', 'curl', 'jq'].flatMap(
    (name) => catalogue.get(name) ?? [],
  )
  return {
    orgId: acme(),
    reference: 'cgr.dev/acme.com/node',
    startedAt: Date.parse('2026-11-30T10:00:00Z'),
    durationMs: 20 * 60_000,
    packages,
    addedPackages: [],
    digest: `sha256:${'0'.repeat(64)}`,
    tags: ['latest'],
  }
}

describe('a long build log', () => {
  it('gives its first lines as soon as they are written: the start of the whole log, cut after a line', () => {
    const starts: string[] = []
    const { text } = planLongBuildLog(
      plan(),
      { lines: 20_000, rareWord: 'zircon', rareWordCount: 3 },
      (start) => starts.push(start),
    )
    expect(starts).toHaveLength(1)
    const [start = ''] = starts
    expect(start.length).toBeGreaterThanOrEqual(32_768)
    expect(start.endsWith('\n')).toBe(true)
    expect(text.startsWith(start)).toBe(true)
    // and so the start's JSON string, less its closing quote, begins the whole one's
    expect(JSON.stringify(text).startsWith(JSON.stringify(start).slice(0, -1))).toBe(true)
  })
})
