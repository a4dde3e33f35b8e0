import { useEffect, useRef } from 'react'
import './question.css'

/**
 * A question asked in place before unsent work is lost: "Keep editing" (focused) or the answer
 * that goes on. When it goes and the page stays, focus returns to where editing was.
 */
export function Question({
  id,
  text,
  answer,
  danger = false,
  className,
  onKeep,
  onAnswer,
}: {
  id: string
  text: string
  answer: string
  danger?: boolean
  className?: string
  onKeep: () => void
  onAnswer: () => void
}) {
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const before = document.activeElement
    keep.current?.focus()
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus()
    }
  }, [])
  return (
    <div
      className={['notice warning question', className].filter(Boolean).join(' ')}
      role="alertdialog"
      aria-labelledby={id}
    >
      <p id={id} className="question-text">
        {text}
      </p>
      <button ref={keep} type="button" className="button small" onClick={onKeep}>
        Keep editing
      </button>
      <button type="button" className={danger ? 'button small danger' : 'button small'} onClick={onAnswer}>
        {answer}
      </button>
    </div>
  )
}
