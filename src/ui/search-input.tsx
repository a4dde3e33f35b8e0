import { Search, X } from 'lucide-react'
import { useRef } from 'react'
import { useShortcuts, useSingleKeyShortcuts } from './shortcuts'

/**
 * A search box. With `slashFocuses`, pressing `/` anywhere outside a text field focuses it (a
 * single-key shortcut: listed by "?", off when the user turns those off);
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
  const slash = useSingleKeyShortcuts() && slashFocuses
  useShortcuts(
    'This page',
    slashFocuses
      ? [
          {
            key: '/',
            description: label,
            run: () => {
              // not from under a dialog: the page's box is not the one in view
              if (document.querySelector('[role="dialog"]')) return false
              ref.current?.focus()
              ref.current?.select()
            },
          },
        ]
      : [],
  )

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
        aria-keyshortcuts={slash ? '/' : undefined}
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
        slash && <kbd aria-hidden>/</kbd>
      )}
    </div>
  )
}
