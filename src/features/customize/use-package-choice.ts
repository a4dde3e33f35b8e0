import { useState } from 'react'
import type { PackageView } from './view-switch'

/**
 * What the package picker edits, as `PackagePicker` takes it: the ticked packages (`initial` until
 * the first change, which tells `onDirtyChange`), the filter's text and the view.
 */
export function usePackageChoice(initial: ReadonlySet<string>, onDirtyChange: (dirty: boolean) => void) {
  const [touched, setTouched] = useState<Set<string> | null>(null)
  const [query, setQuery] = useState('')
  const [view, setView] = useState<PackageView>('all')
  const selected = touched ?? initial
  return {
    selected,
    onChange(next: Set<string>) {
      if (sameSet(next, selected)) return
      setTouched(next)
      onDirtyChange(true)
    },
    query,
    onQuery: setQuery,
    view,
    onView: setView,
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const item of a) if (!b.has(item)) return false
  return true
}
