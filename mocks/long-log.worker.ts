/**
 * A Worker of the demo backend: writes a long build log (long-build-log.ts) and serializes it as a
 * JSON string, away from the page's thread, which answers the console's requests and paints. The
 * string's start (its opening quote and first lines) is posted as soon as it is written, so that an
 * answer can start before the whole is done; then the whole string, in a Blob.
 */
import type { LogPlan } from './build-logs'
import { planLongBuildLog, type LongLogSize } from './long-build-log'

export type LongLogMessage = { start: string } | { whole: Blob }

self.onmessage = ({ data }: MessageEvent<{ plan: LogPlan; size: LongLogSize }>) => {
  const post = (message: LongLogMessage) => self.postMessage(message)
  // a start cut after a line break: its JSON string, less the closing quote, begins the whole one's
  const { text } = planLongBuildLog(data.plan, data.size, (start) =>
    post({ start: JSON.stringify(start).slice(0, -1) }),
  )
  post({ whole: new Blob([JSON.stringify(text)]) })
}
