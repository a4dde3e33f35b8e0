import { apiFetch } from './client'
import { decode } from './decode'
import { packageSummaryList } from './shapes'
import type { PackageSummary } from './types'

export interface PackagePage {
  items: PackageSummary[]
  nextPageToken?: string
  /** total number of packages matching the filter */
  totalCount: number
}

/** One page of the packages the organization is entitled to (latest version of each name). */
export async function listPackageSummaries(
  orgId: string,
  params: { query?: string; pageSize?: number; pageToken?: string } = {},
  options: { signal?: AbortSignal } = {},
): Promise<PackagePage> {
  const answer = await apiFetch('/apk/v1/package-summaries', {
    query: {
      'uidp.descendantsOf': orgId,
      query: params.query || undefined,
      pageSize: params.pageSize,
      pageToken: params.pageToken || undefined,
    },
    signal: options.signal,
  })
  const list = decode('list packages', packageSummaryList, answer)
  return {
    items: list.items ?? [],
    nextPageToken: list.nextPageToken || undefined,
    totalCount: Number(list.totalCount ?? list.items?.length ?? 0),
  }
}
