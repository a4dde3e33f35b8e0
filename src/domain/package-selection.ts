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

/** How many recent queries a filter remembers (a Backspace returns to one of them). */
const REMEMBERED_QUERIES = 16

interface Matches<P> {
  /** catalogue indexes of the packages that match by name or description, in catalogue order */
  indexes: number[]
  /** name matches first, then description matches, each in catalogue order */
  packages: readonly P[]
}

/**
 * A filter over the catalogue, built once per catalogue: name matches come first, then description
 * matches, each in catalogue order. The lower-cased text is made on the first query that needs it
 * (an empty query shows the catalogue as it is); a query that extends the previous one searches only
 * its matches, and the last few queries' answers are kept (a Backspace costs nothing). `prepare()`
 * makes the lower-cased text ahead of the first query, when there is time. The answers are shared:
 * callers must not change them.
 */
export function createPackageFilter<P extends PackageLike>(
  packages: readonly P[],
): ((query: string) => readonly P[]) & { prepare(): void } {
  let names: string[] | undefined
  let descriptions: string[] | undefined
  let last: { needle: string; matches: Matches<P> } | undefined
  const recent = new Map<string, Matches<P>>()

  /** `candidates`: the catalogue indexes worth testing, in catalogue order (all when undefined) */
  function prepare() {
    names ??= packages.map((pkg) => (pkg.packageName ?? '').toLowerCase())
    descriptions ??= packages.map((pkg) => (pkg.description ?? '').toLowerCase())
    return { names, descriptions }
  }

  function search(needle: string, candidates: readonly number[] | undefined): Matches<P> {
    const { names, descriptions } = prepare()
    const indexes: number[] = []
    const byName: P[] = []
    const byDescription: P[] = []
    const count = candidates ? candidates.length : packages.length
    for (let k = 0; k < count; k++) {
      const i = candidates ? (candidates[k] as number) : k
      const pkg = packages[i] as P
      if ((names[i] as string).includes(needle)) byName.push(pkg)
      else if ((descriptions[i] as string).includes(needle)) byDescription.push(pkg)
      else continue
      indexes.push(i)
    }
    return { indexes, packages: byName.concat(byDescription) }
  }

  function filter(query: string): readonly P[] {
    const needle = query.trim().toLowerCase()
    if (!needle) return packages
    let matches = recent.get(needle)
    if (matches) recent.delete(needle)
    else {
      // whatever contains the longer text contains the shorter one: only the last matches can match
      matches = search(needle, last && needle.includes(last.needle) ? last.matches.indexes : undefined)
      if (recent.size >= REMEMBERED_QUERIES) recent.delete(recent.keys().next().value as string)
    }
    recent.set(needle, matches)
    last = { needle, matches }
    return matches.packages
  }
  return Object.assign(filter, { prepare: () => void prepare() })
}
