import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { QueryLoadError } from '../../ui/query-errors'
import { LoadingState } from '../../ui/states'
import { MissingRecord } from './missing-record'
import type { Side } from './side'

/**
 * Reads one record (SBOM, scan) of both sides and shows what `children` makes of the two; while
 * they load, a spinner; when the registry has none for a side (yet), words saying so.
 */
export function BothRecords<T, Key extends QueryKey>({
  from,
  to,
  read,
  labels,
  children,
}: {
  from: Side
  to: Side
  /** the query of one side's record: null when the registry has none */
  read: (side: Side) => UseQueryOptions<T | null, Error, T | null, Key>
  labels: { loading: string; failed: string; missing: string; missingWords: (label: string) => string }
  children: (before: T, after: T) => ReactNode
}) {
  const before = useQuery(read(from))
  const after = useQuery(read(to))
  for (const query of [before, after]) {
    if (query.isLoadingError) return <QueryLoadError query={query} title={labels.failed} />
  }
  const missing = [before.data === null && from, after.data === null && to].filter((side) => side !== false)
  if (missing.length) {
    return (
      <MissingRecord title={labels.missing} sides={missing}>
        {labels.missingWords}
      </MissingRecord>
    )
  }
  if (!before.data || !after.data) return <LoadingState label={labels.loading} />
  return children(before.data, after.data)
}
