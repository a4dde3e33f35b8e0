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
 * load before a failed refresh, which then says nothing), fetching while any is, and a retry of each
 * that failed.
 */
export function combineQueries(...queries: readonly QueryStatus[]): QueryStatus {
  const loadFailed = queries.find((query) => query.isLoadingError)
  const refreshFailed = loadFailed ? undefined : queries.find((query) => query.isRefetchError)
  return {
    error: (loadFailed ?? refreshFailed)?.error ?? null,
    isLoadingError: Boolean(loadFailed),
    isRefetchError: Boolean(refreshFailed),
    isFetching: queries.some((query) => query.isFetching),
    refetch: () => {
      for (const query of queries) {
        if (query.isLoadingError || query.isRefetchError) void query.refetch()
      }
    },
  }
}
