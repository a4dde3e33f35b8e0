import { Check, Copy } from 'lucide-react'
import { useEffect, useState, type ReactNode } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies `text` on `copy()`; `state` says how it went for a moment, then returns to idle. */
function useCopy(text: string) {
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 1800)
    return () => clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return { state, copy }
}

/** What a screen reader hears once a copy is done (or failed). */
function CopyStatus({ state, label }: { state: CopyState; label: string }) {
  return (
    <span role="status" className="visually-hidden">
      {state === 'copied'
        ? `Copied ${label}`
        : state === 'failed'
          ? 'Copying failed: select the text and copy it'
          : ''}
    </span>
  )
}

/** Copies `text` to the clipboard; the button says so, to the eye and to screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { state, copy } = useCopy(text)
  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={copy}
        aria-label={`Copy ${label}`}
        title={state === 'copied' ? 'Copied' : `Copy ${label}`}
      >
        {state === 'copied' ? <Check size={15} aria-hidden /> : <Copy size={15} aria-hidden />}
      </button>
      <CopyStatus state={state} label={label} />
    </>
  )
}

/**
 * A tag-like chip that copies `text` when pressed: its content stays readable as it is, a small
 * copy icon says what pressing does, and a check (in the success colour) says it was done.
 */
export function CopyChip({ text, label, children }: { text: string; label: string; children: ReactNode }) {
  const { state, copy } = useCopy(text)
  return (
    <>
      <button
        type="button"
        className="tag copy-chip"
        data-state={state}
        onClick={copy}
        aria-label={`Copy ${label}`}
        title={state === 'copied' ? `Copied ${text}` : `Copy ${text}`}
      >
        {children}
        {state === 'copied' ? (
          <Check size={12} aria-hidden className="copy-chip-icon" />
        ) : (
          <Copy size={12} aria-hidden className="copy-chip-icon" />
        )}
      </button>
      <CopyStatus state={state} label={label} />
    </>
  )
}
