import { X } from 'lucide-react'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Catalogue } from '../../api/catalogue'
import { clearAll, createPackageFilter, selectAll, toggle } from '../../domain/package-selection'
import { ErrorNotice } from '../../ui/error-notice'
import { LoadingState } from '../../ui/states'
import { whenIdle } from '../../ui/when-idle'
import { PackageChecklist } from './package-checklist'
import { usePackageViews } from './use-package-views'
import { ViewSwitch, type PackageView } from './view-switch'
import './customize.css'

/** Ticking this many packages in one click ("hundreds") asks first. */
const BULK = 200

/** The read of the source image's packages (one image's query, or several images' together). */
export interface SourcePackages {
  data: unknown
  isError: boolean
  error: unknown
  isFetching: boolean
  refetch: () => unknown
}

/**
 * Choosing packages: the filter, the views ("All", "Selected", "In the image"), the chosen ones as
 * removable chips, the count with "Select all N matching" and "Clear" (both on the rows shown
 * only), and the checklist. The source image's packages decide which rows are locked, so the
 * checklist waits for them. "Select all" counts the rows it can tick (not the locked ones), and
 * asks before it ticks hundreds.
 */
export function PackagePicker({
  imageName,
  catalogue,
  resolved,
  sources = `${imageName}’s source image`,
  base,
  notes,
  saved,
  selected,
  onChange,
  query,
  onQuery,
  view,
  onView,
}: {
  imageName: string
  catalogue: Catalogue
  /** the source image's packages, as they load */
  resolved: SourcePackages
  /** what the messages about that read call the source image */
  sources?: string
  base: ReadonlySet<string>
  /** a note for some unlocked packages, e.g. which images have them in their base */
  notes?: ReadonlyMap<string, string>
  /** what the saved build config adds */
  saved: readonly string[]
  selected: ReadonlySet<string>
  onChange: (next: Set<string>) => void
  query: string
  onQuery: (query: string) => void
  view: PackageView
  onView: (view: PackageView) => void
}) {
  const total = catalogue.total ?? catalogue.packages.length
  const views = usePackageViews({ view, onView, catalogue: catalogue.packages, total, selected, base, saved })
  const catalogueFilter = useMemo(() => createPackageFilter(catalogue.packages), [catalogue.packages])
  // the filter's lower-cased text is made once the rows are painted, before the first keystroke needs it
  useEffect(() => whenIdle(catalogueFilter.prepare), [catalogueFilter])
  // the filter applies within the view; the catalogue's stays made for the return to "All"
  const filter = useMemo(
    () => (views.packages ? createPackageFilter(views.packages) : catalogueFilter),
    [views.packages, catalogueFilter],
  )
  const visible = useMemo(() => filter(query), [filter, query])
  const visibleNames = () => visible.map((p) => p.packageName ?? '')
  // "Select all" ticks the matching rows that are not locked; hundreds of new ticks ask first
  const { selectable, adding } = useMemo(() => {
    let selectable = 0
    let adding = 0
    for (const { packageName: name } of visible) {
      if (!name || base.has(name)) continue
      selectable += 1
      if (!selected.has(name)) adding += 1
    }
    return { selectable, adding }
  }, [visible, base, selected])
  const [asking, setAsking] = useState<{ count: number; names: string[] } | null>(null)
  const selectAllButton = useRef<HTMLButtonElement>(null)
  const added = [...selected].sort()
  // one toggle for every row, whatever the selection: rows that keep their tick skip the render
  const toggleLatest = useRef((name: string) => onChange(toggle(selected, name, base)))
  useLayoutEffect(() => {
    toggleLatest.current = (name) => onChange(toggle(selected, name, base))
  })
  const onToggle = useCallback((name: string) => toggleLatest.current(name), [])

  function selectAllMatching() {
    if (adding >= BULK) setAsking({ count: selectable, names: visibleNames() })
    else onChange(selectAll(selected, visibleNames(), base))
  }

  function answer(names: readonly string[] | null) {
    if (names) onChange(selectAll(selected, names, base))
    setAsking(null)
    selectAllButton.current?.focus()
  }

  return (
    <>
      <input
        type="search"
        className="input"
        aria-label="Filter packages"
        placeholder="Filter packages"
        value={query}
        onChange={(event) => {
          setAsking(null)
          onQuery(event.target.value)
        }}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens to search
        autoFocus
      />
      <ViewSwitch view={view} counts={views.counts} onView={views.pick} />
      {added.length > 0 && (
        <ul className="tag-list" aria-label="Packages added">
          {added.map((name) => (
            <li key={name} className="chip">
              {name}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${name}`}
                onClick={() => onChange(toggle(selected, name, base))}
              >
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar picker-toolbar">
        <span role="status" aria-live="polite" className="muted">
          {selected.size} selected · {visible.length} of {views.viewTotal} shown
          {!catalogue.complete &&
            !catalogue.error &&
            ` · loading ${catalogue.packages.length} of ${catalogue.total ?? '…'}`}
        </span>
        <span className="topbar-spacer" />
        <button
          ref={selectAllButton}
          type="button"
          className="button small"
          disabled={adding === 0}
          onClick={selectAllMatching}
        >
          Select all {selectable} matching
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => onChange(clearAll(selected, visibleNames()))}
        >
          Clear
        </button>
      </div>
      {asking && (
        <BulkQuestion
          count={asking.count}
          imageName={imageName}
          onConfirm={() => answer(asking.names)}
          onCancel={() => answer(null)}
        />
      )}
      <ErrorNotice
        lead="The package list stopped loading."
        error={catalogue.error}
        onRetry={catalogue.retry}
        retrying={catalogue.fetching}
      />
      {resolved.data ? (
        <PackageChecklist
          packages={visible}
          selected={selected}
          base={base}
          notes={notes}
          onToggle={onToggle}
        />
      ) : resolved.isError ? (
        <ErrorNotice
          lead={`Could not load the packages of ${sources}.`}
          error={resolved.error}
          onRetry={() => resolved.refetch()}
          retrying={resolved.isFetching}
        />
      ) : (
        <LoadingState label={`Loading the packages of ${sources}…`} />
      )}
    </>
  )
}

function BulkQuestion({
  count,
  imageName,
  onConfirm,
  onCancel,
}: {
  count: number
  imageName: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const cancel = useRef<HTMLButtonElement>(null)
  useEffect(() => cancel.current?.focus(), [])
  return (
    <div className="notice warning question" role="alertdialog" aria-labelledby="bulk-question">
      <p id="bulk-question" className="question-text">
        Select all {count} matching packages? Each one is added to the build config of {imageName}.
      </p>
      <button ref={cancel} type="button" className="button small" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button small primary" onClick={onConfirm}>
        Select {count} packages
      </button>
    </div>
  )
}
