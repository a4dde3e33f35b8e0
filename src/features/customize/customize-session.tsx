import { Suspense, useImperativeHandle, useState, type ReactNode, type Ref } from 'react'
import { Question } from '../../ui/question'
import { LoadingState } from '../../ui/states'
import { useLeaveGuard } from '../../ui/use-leave-guard'

export interface SessionHandle {
  /** × or Escape: true when the session asks (or answers its question) instead of closing */
  askBeforeClosing(): boolean
}

/** What a Customize form is told by its session. */
export interface SessionProps {
  /** tells the dialog whether closing would lose choices */
  onDirtyChange: (dirty: boolean) => void
  /** closes the dialog (e.g. when the user follows a link to the builds) */
  onClose: () => void
}

/**
 * A Customize dialog's content, there while it is open: the form (`children`, given the session's
 * props), and the question before unsent choices are lost — on closing (×, Escape) and on leaving
 * the page (Back, a link, a reload). Escape on the question keeps editing. Mounted with the dialog,
 * its guard is the router's newest while it is open.
 */
export function CustomizeSession({
  ref,
  onClose,
  children,
}: {
  ref: Ref<SessionHandle>
  onClose: () => void
  children: (session: SessionProps) => ReactNode
}) {
  const [dirty, setDirty] = useState(false)
  const [closing, setClosing] = useState(false)
  const leaving = useLeaveGuard(dirty)
  const asking = closing || leaving.blocked

  function keep() {
    setClosing(false)
    leaving.stay()
  }

  function discard() {
    setClosing(false)
    setDirty(false)
    leaving.leave()
    onClose()
  }

  useImperativeHandle(ref, () => ({
    askBeforeClosing() {
      if (!dirty) return false
      if (asking) keep()
      else setClosing(true)
      return true
    },
  }))

  return (
    <>
      {asking && (
        <Question
          id="discard-question"
          text="Close without applying? Your package choices will be lost."
          answer="Discard and close"
          danger
          onKeep={keep}
          onAnswer={discard}
        />
      )}
      <Suspense fallback={<LoadingState label="Loading packages…" />}>
        {children({ onDirtyChange: setDirty, onClose: discard })}
      </Suspense>
    </>
  )
}
