import type { QueryClient } from '@tanstack/react-query'
import { auth } from '../api/client'
import { findOrganization } from '../api/org'
import { queries } from '../api/queries'
import { isRealMode } from './mode'

/**
 * The reads every page of an organization starts with, asked for as the console starts rather than
 * once its first render is done: the user's organizations, and as soon as they are in, the features
 * and images of the one the URL names (`/:org/…`). The pages read them through the same queries, so
 * nothing is asked for twice. Real mode without a token asks for nothing: sign-in comes first.
 */
export function readOrganizationEarly(queryClient: QueryClient, pathname: string): void {
  if (isRealMode() && !auth.getToken()) return
  const slug = orgSlugOf(pathname)
  queryClient.fetchQuery(queries.organizations()).then(
    (orgs) => {
      const org = slug ? findOrganization(orgs, slug) : undefined
      if (!org?.id) return
      void queryClient.prefetchQuery(queries.features(org.id))
      void queryClient.prefetchQuery(queries.repos(org.id))
    },
    // the pages show what went wrong when they read the same query
    () => undefined,
  )
}

/** The organization a path names (its first segment, as the router decodes it), if any. */
function orgSlugOf(pathname: string): string | undefined {
  const segment = pathname.split('/')[1]
  if (!segment) return undefined
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
