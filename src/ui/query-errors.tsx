import { ErrorNotice } from './error-notice'
import type { QueryStatus } from './query-status'
import { ErrorState } from './states'

/** A first load that failed: the error in the data's place, with "Try again". Nothing otherwise. */
export function QueryLoadError({ query, title }: { query: QueryStatus; title: string }) {
  if (!query.isLoadingError) return null
  return (
    <ErrorState
      title={title}
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  )
}

/**
 * A refresh that failed: a notice above the data, which stays as it was, with "Try again". `lead`
 * says what failed (e.g. "Could not refresh the builds."). Nothing otherwise.
 */
export function QueryRefreshError({ query, lead }: { query: QueryStatus; lead: string }) {
  if (!query.isRefetchError) return null
  return (
    <ErrorNotice
      lead={lead}
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  )
}
