import { Keyboard } from 'lucide-react'
import { lazy, Suspense, useRef, useState } from 'react'
import { useShortcuts, useSingleKeyShortcuts } from './shortcuts'

// the dialog's code loads on first use, apart from the first screen's
const ShortcutHelp = lazy(() => import('./shortcut-help'))

/**
 * "Keyboard shortcuts" in the top bar, and "?" anywhere: the list of the screen's shortcuts. The
 * button stays when single-key shortcuts, "?" among them, are turned off.
 */
export function ShortcutHelpButton() {
  const [open, setOpen] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const singleKeys = useSingleKeyShortcuts()
  // on close, focus goes back where it was: the button, or what had it when "?" was pressed
  const returnFocus = useRef<HTMLElement | null>(null)
  const show = () => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setLoaded(true)
    setOpen(true)
  }
  useShortcuts('Anywhere', [{ key: '?', description: 'Show the keyboard shortcuts', run: show }])
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts"
        aria-keyshortcuts={singleKeys ? '?' : undefined}
        onClick={show}
      >
        <Keyboard size={16} aria-hidden />
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <ShortcutHelp open={open} onOpenChange={setOpen} returnFocus={returnFocus} />
        </Suspense>
      )}
    </>
  )
}
