/** The `huge-log` scenario's additions to the default data. */
import type { LogPlan } from './build-logs'
import { LogJson } from './log-json'
import type { LongLogMessage } from './long-log.worker'
import { planLongBuildLog } from './long-build-log'
import { addBuild, settle } from './builds'
import { HOUR, isTestRun, MINUTE } from './clock'
import { findSeedRepo, pick, seedRound } from './seeding'
import { orgOrThrow } from './state'
import { streamsOf } from './tag-streams'

/**
 * The `huge-log` scenario: on top of the default data, acme.com's `node` has a build config (a
 * node-gyp toolchain), an earlier round of ordinary successful builds, and a newest build (of the
 * `latest` stream, started 2 hours ago, 24 minutes long, result `Success`) whose log has exactly
 * `lines` lines, no ERROR line, WARN lines, ANSI colours on about 1 line in 500, `longLines` lines of
 * about 5,000 characters (every other line is under 1,000), and the word `rareWord` exactly
 * `rareWordCount` times, once per line, spread over the whole log. In the browser the log is written,
 * as the JSON string its answer carries, by a Worker as soon as the scenario starts (see
 * {@link writeInWorker}); elsewhere the first time it is asked for. Either way it is kept from then on.
 */
export const HUGE_LOG = {
  image: 'node',
  lines: 200_000,
  rareWord: 'zircon',
  rareWordCount: 17,
  longLines: 4,
  hoursAgo: 2,
} as const

/** the ordinary round of builds before it */
const EARLIER_ROUND_HOURS_AGO = 6
const HUGE_LOG_BUILD_MS = 24 * MINUTE

/** See {@link HUGE_LOG}. */
export function seedHugeLog(orgId: string, now: number): void {
  const record = findSeedRepo(orgId, HUGE_LOG.image)
  const latest = record && streamsOf(record.source)[0]
  if (!record || !latest) return
  record.repo.customOverlay = {
    contents: {
      packages: pick(['python-3.13', 'make', 'gcc', 'glibc-dev', 'binutils', 'git', 'curl', 'jq']),
    },
  }
  seedRound(record, now - EARLIER_ROUND_HOURS_AGO * HOUR)
  const inWorker = typeof Worker === 'function' && !isTestRun()
  const build = addBuild(
    record,
    orgOrThrow(orgId),
    latest,
    now - HUGE_LOG.hoursAgo * HOUR,
    HUGE_LOG_BUILD_MS,
    {
      planLog: (plan) => planLongBuildLog(plan, HUGE_LOG),
      planLogJson: inWorker ? writeInWorker : undefined,
    },
  )
  settle()
  // started now, so the log is ready by the time someone opens it
  if (inWorker) build.logJson()
}

/**
 * The log as its JSON string, written in a Worker (mocks/long-log.worker.ts): 25 MB written and
 * serialized there leaves the page's thread free to answer other requests and to paint. Its start
 * comes first, so an answer asked for before the whole is written can begin at once.
 */
function writeInWorker(plan: LogPlan): LogJson {
  const worker = new Worker(new URL('./long-log.worker.ts', import.meta.url), { type: 'module' })
  let started = (_start: string) => {}
  const start = new Promise<string>((resolve) => (started = resolve))
  const whole = new Promise<Blob>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<LongLogMessage>) => {
      if ('start' in data) return started(data.start)
      resolve(data.whole)
      worker.terminate()
    }
    worker.onerror = (event) => {
      reject(new Error(`the long log's worker failed: ${event.message}`))
      worker.terminate()
    }
  })
  worker.postMessage({ plan, size: HUGE_LOG })
  return new LogJson(whole, start)
}
