import { createContext, use, useMemo, useState } from 'react'
import { useShortcuts } from '../../ui/shortcuts'

/** What a row of a table of images needs to be selected: its image. */
export interface SelectableRow {
  repo: { id: string; name: string }
}

export interface Selection {
  selected: ReadonlySet<string>
  /** the ids of the rows the search leaves shown, in their order */
  shown: readonly string[]
  toggle: (id: string) => void
  /** selects every shown row (true) or none of them (false); the hidden ones stay as they are */
  setShown: (on: boolean) => void
}

export const SelectionContext = createContext<Selection | null>(null)

export function useSelection(): Selection {
  const selection = use(SelectionContext)
  if (!selection) throw new Error('A selection column needs an ImageSelection around its table.')
  return selection
}

/**
 * The images chosen with the rows' checkboxes: kept across searches and sorts (a hidden one stays
 * selected), forgetting images that leave the list. Escape clears it, unless a dialog is open or
 * the key is typed in a text field.
 */
export function useImageSelection<Row extends SelectableRow>(rows: readonly Row[], visible: readonly Row[]) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set())
  const selectedRows = useMemo(() => rows.filter((row) => picked.has(row.repo.id)), [rows, picked])
  const shown = useMemo(() => visible.map((row) => row.repo.id), [visible])
  const selected = useMemo(() => new Set(selectedRows.map((row) => row.repo.id)), [selectedRows])
  const shownSelected = useMemo(() => shown.filter((id) => selected.has(id)).length, [shown, selected])
  const clear = () => setPicked(new Set())

  const context = useMemo<Selection>(
    () => ({
      selected,
      shown,
      toggle: (id) =>
        setPicked((before) => {
          const next = new Set(before)
          if (!next.delete(id)) next.add(id)
          return next
        }),
      setShown: (on) =>
        setPicked((before) => {
          const next = new Set(before)
          for (const id of shown) {
            if (on) next.add(id)
            else next.delete(id)
          }
          return next
        }),
    }),
    [selected, shown],
  )

  useShortcuts(
    'This page',
    selectedRows.length > 0
      ? [
          {
            key: 'Escape',
            description: 'Clear the selection',
            run: () => {
              // a dialog's Escape is the dialog's
              if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return false
              clear()
            },
          },
        ]
      : [],
  )

  return { context, selectedRows, hidden: selectedRows.length - shownSelected, clear }
}
