import type { UseQueryResult } from '@tanstack/react-query'
import { RefreshCw } from 'lucide-react'
import type { ReactNode } from 'react'
import { SearchInput } from '../../ui/search-input'
import { UrlSelect } from '../../ui/url-select'
import { STATES, type BuildState } from './build-row'
import type { BuildFilters } from './build-filters'

/** The version box and the status choice, then any more filters (`children`). */
export function BuildFilterControls({ filters, children }: { filters: BuildFilters; children?: ReactNode }) {
  return (
    <>
      <SearchInput label="Filter by version" value={filters.version} onChange={filters.setVersion} />
      <UrlSelect
        aria-label="Status"
        value={filters.status ?? ''}
        onChange={(status) => filters.update({ status: status || null })}
      >
        <option value="">All statuses</option>
        {(Object.keys(STATES) as BuildState[]).map((key) => (
          <option key={key} value={key}>
            {STATES[key]}
          </option>
        ))}
      </UrlSelect>
      {children}
    </>
  )
}

/** "Refresh": reads the list again (a list with a build running also does so by itself). */
export function RefreshButton({ query }: { query: Pick<UseQueryResult, 'refetch' | 'isFetching'> }) {
  return (
    <button
      type="button"
      className="button small"
      onClick={() => query.refetch()}
      disabled={query.isFetching}
    >
      <RefreshCw size={13} aria-hidden className={query.isFetching ? 'spin' : undefined} /> Refresh
    </button>
  )
}

/** "Clear the filters", for a list whose filters match nothing. */
export function NoBuildsMatch({ total, filters }: { total: number; filters: BuildFilters }) {
  return (
    <p className="muted">
      None of the {total} builds match the filters.{' '}
      <button type="button" className="link-button" onClick={filters.clear}>
        Clear the filters
      </button>
    </p>
  )
}
