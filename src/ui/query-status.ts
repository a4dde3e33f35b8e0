/**
 * The parts of a query result (TanStack Query's `UseQueryResult`) that `QueryLoadError` and
 * `QueryRefreshError` read, written out so the ui layer imports nothing of the api layer.
 */
export interface QueryStatus {
  error: unknown
  /** failed with no data yet */
  isLoadingError: boolean
  /** failed again with data already shown */
  isRefetchError: boolean
  isFetching: boolean
  refetch: () => unknown
}

/**
 * Queries that show one piece of the page, read as one: the first failure's error (a failed first
 * load before a failed refresh, which then says nothing), fetching while a retry is under way (one
 * that failed is read again: one still on its first read is no retry), and a retry of each that failed.
 */
export function combineQueries(...queries: readonly QueryStatus[]): QueryStatus {
  const failed = queries.filter((query) => query.isLoadingError || query.isRefetchError)
  const loadFailed = failed.find((query) => query.isLoadingError)
  const refreshFailed = loadFailed ? undefined : failed[0]
  return {
    error: (loadFailed ?? refreshFailed)?.error ?? null,
    isLoadingError: Boolean(loadFailed),
    isRefetchError: Boolean(refreshFailed),
    isFetching: failed.some((query) => query.isFetching),
    refetch: () => {
      for (const query of failed) void query.refetch()
    },
  }
}
