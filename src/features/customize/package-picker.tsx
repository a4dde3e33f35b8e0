import type { UseQueryResult } from '@tanstack/react-query'
import { X } from 'lucide-react'
import { useMemo } from 'react'
import type { Catalogue } from '../../api/catalogue'
import { clearAll, createPackageFilter, selectAll, toggle } from '../../domain/package-selection'
import { ErrorNotice } from '../../ui/error-notice'
import { LoadingState } from '../../ui/states'
import { PackageChecklist } from './package-checklist'
import './customize.css'

/**
 * Choosing packages: the filter, the chosen ones as removable chips, the count with "Select all N
 * matching" and "Clear" (both on the filtered rows only), and the checklist. The source image's
 * packages decide which rows are locked, so the checklist waits for them.
 */
export function PackagePicker({
  imageName,
  catalogue,
  resolved,
  base,
  selected,
  onChange,
  query,
  onQuery,
}: {
  imageName: string
  catalogue: Catalogue
  /** the source image's packages, as they load */
  resolved: UseQueryResult<unknown>
  base: ReadonlySet<string>
  selected: ReadonlySet<string>
  onChange: (next: Set<string>) => void
  query: string
  onQuery: (query: string) => void
}) {
  const filter = useMemo(() => createPackageFilter(catalogue.packages), [catalogue.packages])
  const visible = useMemo(() => filter(query), [filter, query])
  const visibleNames = () => visible.map((p) => p.packageName ?? '')
  const added = [...selected].sort()
  return (
    <>
      <input
        type="search"
        className="input"
        aria-label="Filter packages"
        placeholder="Filter packages"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens to search
        autoFocus
      />
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
          {selected.size} selected · {visible.length} of {catalogue.total ?? catalogue.packages.length} shown
          {!catalogue.complete &&
            !catalogue.error &&
            ` · loading ${catalogue.packages.length} of ${catalogue.total ?? '…'}`}
        </span>
        <span className="topbar-spacer" />
        <button
          type="button"
          className="button small"
          disabled={visible.length === 0}
          onClick={() => onChange(selectAll(selected, visibleNames(), base))}
        >
          Select all {visible.length} matching
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => onChange(clearAll(selected, visibleNames()))}
        >
          Clear
        </button>
      </div>
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
          onToggle={(name) => onChange(toggle(selected, name, base))}
        />
      ) : resolved.isError ? (
        <ErrorNotice
          lead={`Could not load the packages of ${imageName}’s source image.`}
          error={resolved.error}
          onRetry={() => resolved.refetch()}
          retrying={resolved.isFetching}
        />
      ) : (
        <LoadingState label={`Loading the packages of ${imageName}’s source image…`} />
      )}
    </>
  )
}
