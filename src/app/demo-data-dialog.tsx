import { useRef, useState } from 'react'
import { Dialog } from '../ui/dialog'

/**
 * What the demo's data is, and "Reset demo data": the demo backend forgets every change kept in this
 * browser and the page starts over (other tabs start over too). Loaded when first opened.
 */
export default function DemoDataDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [resetting, setResetting] = useState(false)
  const [failed, setFailed] = useState(false)
  const close = useRef<HTMLButtonElement>(null)

  async function reset() {
    setResetting(true)
    setFailed(false)
    const answer = await fetch('/__demo/reset', { method: 'POST' }).catch(() => undefined)
    if (answer?.ok) return location.reload()
    setResetting(false)
    setFailed(true)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && !resetting && onClose()}
      title="Demo data"
      initialFocus={close}
    >
      <p className="flush">
        Every answer comes from the mock registry built into this page. What you change (build configs, images
        created, renamed or deleted, the builds they start) stays in this browser: after a reload and in its
        other tabs.
      </p>
      {failed && (
        <p role="alert" className="field-error">
          The demo data could not be reset. Reload the page and try again.
        </p>
      )}
      <div className="dialog-footer">
        <button type="button" className="button" ref={close} onClick={onClose} disabled={resetting}>
          Close
        </button>
        <button type="button" className="button primary danger-fill" onClick={reset} disabled={resetting}>
          {resetting ? 'Resetting…' : 'Reset demo data'}
        </button>
      </div>
    </Dialog>
  )
}
