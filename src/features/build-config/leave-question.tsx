import { useEffect, useRef } from 'react'
import './build-config.css'

/**
 * Asked when a link or Back would leave the build config with an edit not applied. The edit is kept
 * for the browser tab either way; the question is whether to go without applying it.
 */
export function LeaveQuestion({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const stay = useRef<HTMLButtonElement>(null)
  // the question takes focus; when it goes and the page stays, editing goes on where it was
  useEffect(() => {
    const before = document.activeElement
    stay.current?.focus()
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus()
    }
  }, [])
  return (
    <div className="notice warning leave-question" role="alertdialog" aria-labelledby="leave-question">
      <p id="leave-question" className="question-text">
        Leave without applying? Your edit is not applied; it stays in this browser tab until you discard it.
      </p>
      <button ref={stay} type="button" className="button small" onClick={onStay}>
        Keep editing
      </button>
      <button type="button" className="button small" onClick={onLeave}>
        Leave
      </button>
    </div>
  )
}
