import type { ReactNode, RefObject } from 'react'

/** An image action dialog's footer: Cancel (unavailable while the change is on its way), then the action. */
export function ActionFooter({
  onCancel,
  pending,
  children,
  cancelRef,
}: {
  onCancel: () => void
  pending: boolean
  children: ReactNode
  cancelRef?: RefObject<HTMLButtonElement | null>
}) {
  return (
    <div className="dialog-footer">
      <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={pending}>
        Cancel
      </button>
      {children}
    </div>
  )
}
