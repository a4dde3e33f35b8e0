import { useMemo, useState } from 'react'
import type { PackageSummary } from '../../api/types'
import type { PackageView } from './view-switch'

/**
 * The packages of the view, and each view's count: "In the image" is the source image's packages
 * (locked) with those the saved build config adds; "Selected" the packages added (the chips), as
 * they were when the view was picked, so a row unticked there stays until the view is left. Neither
 * walks the catalogue per keystroke: a view other than "All" is a short list of names, looked up once.
 * `packages` is undefined for "All" (the catalogue itself).
 */
export function usePackageViews({
  view,
  onView,
  catalogue,
  total,
  selected,
  base,
  saved,
}: {
  view: PackageView
  onView: (view: PackageView) => void
  catalogue: readonly PackageSummary[]
  /** how many packages the catalogue holds, its pages not all in yet */
  total: number
  selected: ReadonlySet<string>
  base: ReadonlySet<string>
  saved: readonly string[]
}) {
  const inImage = useMemo(() => [...new Set([...base, ...saved])].sort(), [base, saved])
  const [selectedShown, setSelectedShown] = useState(() => [...selected].sort())
  const whole = view === 'all'
  const listed = whole ? undefined : view === 'image' ? inImage : selectedShown
  const byName = useMemo(
    () => (whole ? undefined : new Map(catalogue.map((pkg) => [pkg.packageName ?? '', pkg]))),
    [whole, catalogue],
  )
  // a package the catalogue does not list (yet) still shows, by its name
  const packages = useMemo(
    () => listed?.map((name): PackageSummary => byName?.get(name) ?? { packageName: name }),
    [listed, byName],
  )
  const counts: Record<PackageView, number> = { all: total, selected: selected.size, image: inImage.length }
  function pick(next: PackageView) {
    if (next === 'selected') setSelectedShown([...selected].sort())
    onView(next)
  }
  return {
    packages,
    /** the rows of the view before the filter */
    viewTotal: packages?.length ?? total,
    counts,
    pick,
  }
}
