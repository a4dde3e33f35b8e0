import { useSearchParams } from 'react-router'
import { useSearchParam } from '../../ui/use-search-param'
import { useUpdateSearchParams } from '../../ui/use-sort-param'
import { STATES, type BuildRow, type BuildState } from './build-row'
import { DRAWER_PART } from './drawer-part'

/**
 * A builds list's filters as the URL holds them: `?status=` and `?version=`, and any more a list
 * names (`extra`, e.g. the organization's `?image=`); with the list's query string for links.
 */
export function useBuildFilters(extra: readonly string[] = []) {
  const [params] = useSearchParams()
  const update = useUpdateSearchParams()
  const [version, setVersion] = useSearchParam('version')
  return {
    status: readStatus(params.get('status')),
    version,
    setVersion,
    params,
    update,
    /** the list's filters and sort (without the drawer's part, which is the drawer's) */
    listSearch: listSearch(params),
    /** one change of the URL, which the version box follows */
    clear() {
      update({ status: null, version: null, ...Object.fromEntries(extra.map((key) => [key, null])) })
    },
  }
}

export type BuildFilters = ReturnType<typeof useBuildFilters>

/** The rows of `status` (all when undefined) with a version containing `version`. */
export function filterBuilds<Row extends BuildRow>(
  rows: readonly Row[],
  status: BuildState | undefined,
  version: string,
): Row[] {
  const needle = version.trim().toLowerCase()
  return rows.filter(
    (row) =>
      (!status || row.state === status) &&
      (!needle || row.versions.some((tag) => tag.toLowerCase().includes(needle))),
  )
}

function listSearch(params: URLSearchParams): string {
  const list = new URLSearchParams(params)
  list.delete(DRAWER_PART)
  return list.size ? `?${list.toString()}` : ''
}

function readStatus(value: string | null): BuildState | undefined {
  return value && Object.hasOwn(STATES, value) ? (value as BuildState) : undefined
}
