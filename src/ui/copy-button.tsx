import { Check, Copy } from 'lucide-react'
import { useEffect, useState } from 'react'

/** Copies `text` to the clipboard; the button says so, to the eye and to screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

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
      <span role="status" className="visually-hidden">
        {state === 'copied'
          ? `Copied ${label}`
          : state === 'failed'
            ? 'Copying failed: select the text and copy it'
            : ''}
      </span>
    </>
  )
}
