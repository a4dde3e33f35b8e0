import { Search, X } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { isTyping } from './is-typing'

/**
 * A search box. With `slashFocuses`, pressing `/` anywhere outside a text field focuses it;
 * Escape clears it, and so does its own clear button (the browser's is hidden), which leaves the
 * focus in the box.
 */
export function SearchInput({
  label,
  value,
  onChange,
  placeholder,
  slashFocuses = false,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  slashFocuses?: boolean
}) {
  const ref = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!slashFocuses) return
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTyping(event.target) || document.querySelector('[role="dialog"]')) return
      event.preventDefault()
      ref.current?.focus()
      ref.current?.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [slashFocuses])

  return (
    <div className="search">
      <Search size={15} className="search-icon" aria-hidden />
      <input
        ref={ref}
        type="search"
        className="input"
        aria-label={label}
        placeholder={placeholder ?? label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault()
            onChange('')
          }
        }}
        aria-keyshortcuts={slashFocuses ? '/' : undefined}
      />
      {value ? (
        <button
          type="button"
          className="icon-button"
          aria-label={`Clear “${label}”`}
          onClick={() => {
            onChange('')
            // the button goes away with the text: the box keeps the focus, not the page
            ref.current?.focus()
          }}
        >
          <X size={14} aria-hidden />
        </button>
      ) : (
        slashFocuses && <kbd aria-hidden>/</kbd>
      )}
    </div>
  )
}
