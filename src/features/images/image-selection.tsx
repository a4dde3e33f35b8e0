import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { SelectionContext, useSelection, type Selection } from './use-image-selection'
import './image-selection.css'

/** Gives a table's selection column the selection. */
export function ImageSelection({ value, children }: { value: Selection; children: ReactNode }) {
  return <SelectionContext value={value}>{children}</SelectionContext>
}

export function SelectRow({ id, name }: { id: string; name: string }) {
  const { selected, toggle } = useSelection()
  return (
    <input
      type="checkbox"
      className="row-check"
      aria-label={`Select ${name}`}
      checked={selected.has(id)}
      onChange={() => toggle(id)}
    />
  )
}

/** Ticked when every shown row is, mixed when some are; acts on the shown rows only. */
export function SelectAllShown() {
  const { selected, shown, setShown } = useSelection()
  const box = useRef<HTMLInputElement>(null)
  const count = useMemo(() => shown.filter((id) => selected.has(id)).length, [shown, selected])
  const all = shown.length > 0 && count === shown.length
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && !all
  }, [count, all])
  return (
    <input
      ref={box}
      type="checkbox"
      className="row-check"
      aria-label="Select all shown images"
      checked={all}
      disabled={shown.length === 0}
      onChange={() => setShown(!all)}
    />
  )
}

/**
 * "N selected" above the table while images are selected, saying how many of them the search
 * hides, with the actions on them (`children`) and "Clear selection".
 */
export function SelectionBar({
  count,
  hidden,
  onClear,
  children,
}: {
  count: number
  hidden: number
  onClear: () => void
  children?: ReactNode
}) {
  if (count === 0) return null
  return (
    <section className="selection-bar" aria-label="Selected images">
      <span role="status" className="selection-count">
        <strong>{count.toLocaleString('en')} selected</strong>
        {hidden > 0 && <span className="muted"> · {hidden.toLocaleString('en')} hidden by the search</span>}
      </span>
      <span className="selection-actions">
        {children}
        <button type="button" className="button small" onClick={onClear}>
          Clear selection
        </button>
      </span>
    </section>
  )
}
