import { AlertTriangle, CheckCircle2, Loader2 } from 'lucide-react'
import type { BuildState } from './build-row'

/** Status as an icon and a word. */
export function BuildStatus({ state }: { state: BuildState }) {
  if (state === 'running') {
    return (
      <span className="status running">
        <Loader2 size={15} className="spin" aria-hidden /> Running
      </span>
    )
  }
  if (state === 'success') {
    return (
      <span className="status success">
        <CheckCircle2 size={15} aria-hidden /> Success
      </span>
    )
  }
  return (
    <span className="status failure">
      <AlertTriangle size={15} aria-hidden /> Failed
    </span>
  )
}
