import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo, type ReactNode } from 'react'
import { queries } from '../../api/queries'
import type { Repo } from '../../api/types'
import { useCurrentOrg } from '../../routing/current-org'
import { sortRows, useColumnSort } from '../../ui/columns'
import { DataTable } from '../../ui/data-table'
import { ErrorNotice } from '../../ui/error-notice'
import { FlashNotice } from '../../ui/flash-notice'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { combineQueries } from '../../ui/query-status'
import { SearchInput } from '../../ui/search-input'
import { EmptyState, SkeletonRows } from '../../ui/states'
import { useSearchParam } from '../../ui/use-search-param'
import { useUpdateSearchParams } from '../../ui/use-sort-param'
import { FailedFilter } from './failed-filter'
import { buildRows, byName, estimatedHeight, filterRows, IMAGE_COLUMNS } from './image-rows'
import { ImageSelection, SelectionBar } from './image-selection'
import { SELECT_COLUMN } from './select-column'
import { useImageSelection } from './use-image-selection'

/** a number of images as people write it: 1,800 */
const count = (value: number) => value.toLocaleString('en')

/** the table's columns: a checkbox to select each image, then the image's own */
const COLUMNS = [SELECT_COLUMN, ...IMAGE_COLUMNS]

/** What to offer for the selected images (the app gives "Customize N images"). */
export type SelectionActions = (images: readonly (Repo & { id: string; name: string })[]) => ReactNode

/**
 * "Organization Images": every image of the organization, searchable and sortable, each one
 * selectable for `selectionActions`.
 */
export function ImagesPage({ selectionActions }: { selectionActions?: SelectionActions }) {
  const { org } = useCurrentOrg()
  const repos = useQuery(queries.repos(org.id))
  const latestTags = useQuery(queries.latestTags(org.id))
  const failures = useQuery(queries.buildFailures(org.id))
  // ticked at once, the URL following (as the search box does): never unticked while the URL changes
  const [failed, setFailed] = useSearchParam('failed')
  const onlyFailed = failed === '1'
  const updateParams = useUpdateSearchParams()
  const [search, setSearch] = useSearchParam('q')
  const sorting = useColumnSort(IMAGE_COLUMNS, { column: 'name', direction: 'asc' })

  // the rows show as soon as the images are in; each one's last update joins them when its read does
  const rows = useMemo(
    () => buildRows({ id: org.id, name: org.name }, repos.data ?? [], latestTags.data, failures.data),
    [org.id, org.name, repos.data, latestTags.data, failures.data],
  )
  // sorted once per answer or sort; a keystroke only filters the sorted rows
  const { column, direction } = sorting.sort
  const sorted = useMemo(
    () => sortRows(rows, IMAGE_COLUMNS, { column, direction }, byName),
    [rows, column, direction],
  )
  // the box shows each key at once; the rows follow in a render that gives way to the next key
  const query = useDeferredValue(search)
  const visible = useMemo(() => filterRows(sorted, query, onlyFailed), [sorted, query, onlyFailed])
  const selection = useImageSelection(rows, visible)
  const selectedImages = useMemo(
    () => selection.selectedRows.map((row) => row.repo),
    [selection.selectedRows],
  )

  // with nothing to show the error takes the table's place; a failed refresh leaves the table up
  const both = combineQueries(repos, latestTags)
  const loading = repos.isPending

  return (
    <>
      <FlashNotice />
      <div className="page-header">
        <div>
          <h1>Organization Images</h1>
          <p className="muted">
            Images {org.name} is entitled to.{' '}
            {repos.data && `${count(repos.data.length)} ${repos.data.length === 1 ? 'image' : 'images'}.`}
          </p>
        </div>
      </div>
      <div className="toolbar">
        <SearchInput label="Search images" value={search} onChange={setSearch} slashFocuses />
        <FailedFilter checked={onlyFailed} onChange={(on) => setFailed(on ? '1' : '')} />
        {(query || onlyFailed) && rows.length > 0 && (
          <span className="muted" role="status">
            {count(visible.length)} of {count(rows.length)} shown
          </span>
        )}
      </div>

      <SelectionBar count={selectedImages.length} hidden={selection.hidden} onClear={selection.clear}>
        {selectionActions?.(selectedImages)}
      </SelectionBar>
      <QueryRefreshError query={both} lead="Could not refresh the images." />
      {/* without the counts an image would read as one whose builds all passed: say so */}
      {failures.isError && !both.isLoadingError && (
        <ErrorNotice
          lead="Could not count the failed builds."
          error={failures.error}
          onRetry={() => void failures.refetch()}
          retrying={failures.isFetching}
        />
      )}
      {both.isLoadingError ? (
        <div className="table-wrap">
          <QueryLoadError query={both} title="Could not load the images" />
        </div>
      ) : !loading && rows.length === 0 ? (
        <div className="table-wrap">
          <EmptyState title="No images yet">
            <p className="muted">
              {org.name} has no images. Images appear here once the organization is entitled to them.
            </p>
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap">
          <ImageSelection value={selection.context}>
            <DataTable
              columns={COLUMNS}
              caption={`Images of ${org.name}`}
              className="table images-table"
              sorting={sorting}
              rows={
                loading
                  ? undefined
                  : {
                      items: visible,
                      rowKey: (row) => row.repo.id,
                      estimateHeight: estimatedHeight,
                      empty: (
                        <EmptyState title="No matching images">
                          <p className="muted">
                            {onlyFailed
                              ? `No image${query ? ` whose name contains “${query}”` : ''} has failed builds in the last 24 hours.`
                              : `No image name contains “${query}”.`}{' '}
                            <button
                              type="button"
                              className="button small"
                              // one change of the URL: the search box follows it
                              onClick={() => updateParams({ q: null, failed: null })}
                            >
                              Clear search
                            </button>
                          </p>
                        </EmptyState>
                      ),
                    }
              }
            >
              <SkeletonRows columns={COLUMNS.length} label="Loading images" />
            </DataTable>
          </ImageSelection>
        </div>
      )}
    </>
  )
}
