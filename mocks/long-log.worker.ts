/**
 * A Worker of the demo backend: writes a long build log (long-build-log.ts) and serializes it as a
 * JSON string, away from the page's thread, which answers the console's requests and paints.
 */
import type { LogPlan } from './build-logs'
import { planLongBuildLog, type LongLogSize } from './long-build-log'

self.onmessage = ({ data }: MessageEvent<{ plan: LogPlan; size: LongLogSize }>) => {
  const { text } = planLongBuildLog(data.plan, data.size)
  self.postMessage(new Blob([JSON.stringify(text)]))
}
