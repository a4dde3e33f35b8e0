import { Lightbulb } from 'lucide-react'
import type { ReactNode } from 'react'
import type { FailureExplanation } from '../../domain/build-log-failures'
import './log-explanation.css'

/** What went wrong, when the log shows a known cause, with a button to its line. */
export function LogExplanation({
  explanation,
  onShowLine,
  note,
}: {
  explanation: FailureExplanation
  onShowLine: (index: number) => void
  /** what else the console knows of the cause (e.g. a package added since the last successful build) */
  note?: ReactNode
}) {
  return (
    <section className="log-explanation" aria-label="What went wrong">
      <Lightbulb size={18} aria-hidden className="log-explanation-icon" />
      <div>
        <h3>{explanation.title}</h3>
        <p>{explanation.detail}</p>
        <p className="muted">{explanation.advice}</p>
        {note}
      </div>
      <button type="button" className="button small" onClick={() => onShowLine(explanation.line)}>
        Show in log
      </button>
    </section>
  )
}
