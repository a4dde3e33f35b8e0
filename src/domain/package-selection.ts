/**
 * The Customize dialog's selection model, pure: which packages the build config adds, what a
 * change adds and removes, and the filter over the organization's catalogue.
 * Base packages (those of the source image) are never added to nor removed from a selection.
 */

/** The parts of a package summary the checklist reads. */
export interface PackageLike {
  packageName?: string
  description?: string
}

export interface SelectionDiff {
  added: string[]
  removed: string[]
}

/** The packages the build config adds, without the base image's own (listing them changes nothing). */
export function initialSelection(saved: readonly string[], base: ReadonlySet<string>): Set<string> {
  return new Set(saved.filter((name) => !base.has(name)))
}

export function toggle(selected: ReadonlySet<string>, name: string, base: ReadonlySet<string>): Set<string> {
  const next = new Set(selected)
  if (base.has(name)) return next
  if (next.has(name)) next.delete(name)
  else next.add(name)
  return next
}

/** "Select all N matching": acts on the filtered rows only. */
export function selectAll(
  selected: ReadonlySet<string>,
  names: Iterable<string>,
  base: ReadonlySet<string>,
): Set<string> {
  const next = new Set(selected)
  for (const name of names) if (!base.has(name)) next.add(name)
  return next
}

/** "Clear": unticks the filtered rows only. */
export function clearAll(selected: ReadonlySet<string>, names: Iterable<string>): Set<string> {
  const next = new Set(selected)
  for (const name of names) next.delete(name)
  return next
}

/** What applying the selection would change, against the saved build config. */
export function diffSelection(
  saved: readonly string[],
  selected: ReadonlySet<string>,
  base: ReadonlySet<string>,
): SelectionDiff {
  const before = initialSelection(saved, base)
  return {
    added: [...selected].filter((name) => !before.has(name)).sort(),
    removed: [...before].filter((name) => !selected.has(name)).sort(),
  }
}

export function hasChanges(diff: SelectionDiff): boolean {
  return diff.added.length > 0 || diff.removed.length > 0
}

/** The package list to save: the saved order kept, new ones appended in name order. */
export function packagesToSave(
  saved: readonly string[],
  selected: ReadonlySet<string>,
  base: ReadonlySet<string>,
): string[] {
  const kept = saved.filter((name) => selected.has(name) && !base.has(name))
  const keptSet = new Set(kept)
  return [...kept, ...[...selected].filter((name) => !keptSet.has(name)).sort()]
}

/**
 * A filter over the catalogue, built once per catalogue: each keystroke is one pass over
 * pre-lowercased text. Name matches come first, then description matches, each in catalogue order.
 */
export function createPackageFilter<P extends PackageLike>(packages: readonly P[]): (query: string) => P[] {
  const names = packages.map((pkg) => (pkg.packageName ?? '').toLowerCase())
  const descriptions = packages.map((pkg) => (pkg.description ?? '').toLowerCase())
  return (query) => {
    const needle = query.trim().toLowerCase()
    if (!needle) return packages.slice()
    const byName: P[] = []
    const byDescription: P[] = []
    for (let i = 0; i < packages.length; i++) {
      const pkg = packages[i] as P
      if ((names[i] as string).includes(needle)) byName.push(pkg)
      else if ((descriptions[i] as string).includes(needle)) byDescription.push(pkg)
    }
    return byName.concat(byDescription)
  }
}
