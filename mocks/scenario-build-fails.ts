/** The `build-fails` scenario's additions to the default data. */
import { BUILD_TIMEOUT_MS } from './build-logs'
import { settle } from './builds'
import { HOUR, SECOND } from './clock'
import { hash } from './ids'
import { findSeedRepo, pick, seedRound } from './seeding'
import type { RepoRecord } from './state'

/**
 * The `build-fails` scenario: on top of the default data, the newest round of builds (one build per
 * tag stream, all within the last 24 hours, all completed with result `Failure`) of three acme.com
 * images fails, each for one cause. The image's build config names the culprit; its tags stay where
 * the last successful build (or the seed) put them. Earlier successful builds (python's) remain.
 * - `conflict`: python's config adds `python-3.12` next to the image's `python-3.13`; both install
 *   `/usr/bin/python3` (the ERROR lines name both packages and the path). One WARN line: py3.12-requests
 *   is deprecated.
 * - `notFound`: go's config adds `libssl1.1`, which no repository provides (a withdrawn package); the
 *   ERROR lines are apko's `solving "libssl1.1" constraint: could not find package that provides
 *   libssl1.1` and `unable to select packages: libssl1.1 (no such package): required by: world[libssl1.1]`.
 * - `timeout`: fetching jdk's `openjdk-21` package stalls; WARN lines retry it, then ERROR lines end in
 *   `context deadline exceeded` and `build timed out after 30m0s`.
 */
export const FAILED_BUILDS = {
  conflict: {
    image: 'python',
    added: 'python-3.12',
    packages: ['python-3.12', 'python-3.13'],
    path: '/usr/bin/python3',
    hoursAgo: 1,
  },
  notFound: { image: 'go', package: 'libssl1.1', hoursAgo: 2 },
  timeout: { image: 'jdk', stage: 'fetch', package: 'openjdk-21', hoursAgo: 4 },
} as const

/** Solving fails within seconds: 9 s plus 0 to 4 times 1.3 s (by stream). */
const NOT_FOUND_BUILD_MS = 9 * SECOND
const NOT_FOUND_JITTER_MS = 1_300
/** A stalled build is stopped at the time limit, and is reported 2 s plus 0 to 4 times 0.3 s later. */
const TIMEOUT_OVERRUN_MS = 2 * SECOND
const TIMEOUT_JITTER_MS = 300

/** See {@link FAILED_BUILDS}. */
export function seedFailedBuilds(orgId: string, now: number): void {
  const reconfigure = (record: RepoRecord, packages: string[]) => {
    record.repo.customOverlay = { ...record.repo.customOverlay, contents: { packages } }
  }
  const { conflict, notFound, timeout } = FAILED_BUILDS

  const python = findSeedRepo(orgId, conflict.image)
  if (python) {
    const packages = python.repo.customOverlay?.contents?.packages ?? []
    reconfigure(python, [...packages, ...pick([conflict.added])])
    seedRound(python, now - conflict.hoursAgo * HOUR, {
      warnings: pick(['py3.12-requests']).map(
        (name) =>
          `package ${name} is deprecated: Python 3.12 modules are no longer rebuilt; use the py3.13- packages`,
      ),
    })
  }
  // `libssl1.1` was withdrawn after the config was saved, so the config no longer passes the checks
  const go = findSeedRepo(orgId, notFound.image)
  if (go) {
    reconfigure(go, [...pick(['curl', 'jq']), notFound.package])
    seedRound(go, now - notFound.hoursAgo * HOUR, {
      failure: { kind: 'not-found', package: notFound.package },
      durationMs: (stream) => NOT_FOUND_BUILD_MS + (hash(stream.key) % 5) * NOT_FOUND_JITTER_MS,
    })
  }
  const jdk = findSeedRepo(orgId, timeout.image)
  if (jdk) {
    reconfigure(jdk, pick(['curl', 'bash']))
    seedRound(jdk, now - timeout.hoursAgo * HOUR, {
      failure: { kind: 'timeout', stage: timeout.stage },
      durationMs: (stream) =>
        BUILD_TIMEOUT_MS + TIMEOUT_OVERRUN_MS + (hash(stream.key) % 5) * TIMEOUT_JITTER_MS,
    })
  }
  settle()
}
