import { useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { queries } from './queries'
import type { PackageSummary } from './types'

export interface Catalogue {
  packages: PackageSummary[]
  /** how many the registry says there are */
  total: number | undefined
  complete: boolean
  error: unknown
  retry: () => void
  /** a page (or a retry) is on its way */
  fetching: boolean
}

/**
 * Every package the organization may add, loaded page by page in the background so the checklist
 * can filter locally (no keystroke waits on the network). Progress is `packages.length` of `total`.
 */
export function useCatalogue(orgId: string, enabled = true): Catalogue {
  const query = useInfiniteQuery({ ...queries.catalogue(orgId), enabled })
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query
  const pagesLoaded = query.data?.pages.length ?? 0

  // One page after another; keyed on the page count, since a fast page can arrive without a render
  // ever showing `isFetchingNextPage`. Another reader of the catalogue may have asked for the page
  // already: that request goes on.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage({ cancelRefetch: false })
  }, [pagesLoaded, hasNextPage, isFetchingNextPage, isError, fetchNextPage])

  // a name the registry lists twice (on two pages, or twice in one) is one package: the first wins
  const packages = useMemo(() => {
    const seen = new Set<string | undefined>()
    return (query.data?.pages ?? [])
      .flatMap((page) => page.items)
      .filter((pkg) => !seen.has(pkg.packageName) && Boolean(seen.add(pkg.packageName)))
  }, [query.data])
  return {
    packages,
    total: query.data?.pages[0]?.totalCount,
    complete: query.isSuccess && !hasNextPage,
    error: query.error,
    retry: () => void (query.data ? fetchNextPage() : query.refetch()),
    fetching: query.isFetching,
  }
}
