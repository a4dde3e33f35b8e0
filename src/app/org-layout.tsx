import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link, Navigate, Outlet, useParams } from 'react-router'
import { findOrganization } from '../api/org'
import type { CurrentOrg } from '../routing/current-org'
import { queries } from '../api/queries'
import { paths } from '../routing/paths'
import { QueryLoadError, QueryRefreshError } from '../ui/query-errors'
import { EmptyState, LoadingState } from '../ui/states'
import { Shell } from './shell'

const ORGANIZATIONS_LOAD_ERROR = 'Could not load your organizations'

/**
 * Resolves the organization named in the URL and frames its pages in the shell. `pending`: the
 * page's own code is still on its way (a first load of a lazy route), so a spinner takes its place.
 */
export function OrgLayout({ pending = false }: { pending?: boolean }) {
  const { org: slug = '' } = useParams()
  const orgs = useQuery(queries.organizations())
  const org = orgs.data ? findOrganization(orgs.data, slug) : undefined
  const features = useQuery({ ...queries.features(org?.id ?? ''), enabled: Boolean(org?.id) })
  // every page of an organization reads its images: asked for beside its features, not after them
  const queryClient = useQueryClient()
  const orgId = org?.id
  useEffect(() => {
    if (orgId) void queryClient.prefetchQuery(queries.repos(orgId))
  }, [queryClient, orgId])

  if (orgs.isLoadingError) {
    return (
      <Shell orgs={[]}>
        <QueryLoadError query={orgs} title={ORGANIZATIONS_LOAD_ERROR} />
      </Shell>
    )
  }
  if (orgs.data && !org) {
    return (
      <Shell orgs={orgs.data}>
        <EmptyState title="Organization not found">
          <p className="muted">
            You are not a member of an organization named “{slug}”. Choose one of yours from the switcher, or{' '}
            <Link to={paths.root()}>go to your first organization</Link>.
          </p>
        </EmptyState>
      </Shell>
    )
  }
  if (org && org.name !== slug && org.name) {
    // Reached by id: show the readable name in the address bar.
    return <Navigate to={location.pathname.replace(`/${slug}`, `/${encodeURIComponent(org.name)}`)} replace />
  }
  if (features.isLoadingError) {
    return (
      <Shell orgs={orgs.data ?? []} current={org}>
        <QueryLoadError query={features} title="Could not load this organization" />
      </Shell>
    )
  }
  if (!org?.id || !org.name || !features.data) {
    return (
      <Shell orgs={orgs.data ?? []} current={org}>
        <LoadingState label="Loading organization…" />
      </Shell>
    )
  }
  const context: CurrentOrg = { org: { ...org, id: org.id, name: org.name }, features: features.data }
  // a failed refresh keeps the page as it is, and says so (the organizations' first)
  return (
    <Shell orgs={orgs.data ?? []} current={org}>
      <QueryRefreshError query={orgs} lead="Could not refresh your organizations." />
      {!orgs.isRefetchError && (
        <QueryRefreshError query={features} lead="Could not refresh this organization." />
      )}
      {pending ? <LoadingState label="Loading the page…" /> : <Outlet context={context} />}
    </Shell>
  )
}

/** `/`: the first organization's images. */
export function RootRedirect() {
  const orgs = useQuery(queries.organizations())
  if (orgs.isLoadingError) {
    return (
      <Shell orgs={[]}>
        <QueryLoadError query={orgs} title={ORGANIZATIONS_LOAD_ERROR} />
      </Shell>
    )
  }
  if (!orgs.data) {
    return (
      <Shell orgs={[]}>
        <LoadingState label="Loading your organizations…" />
      </Shell>
    )
  }
  const first = orgs.data.find((org) => org.name)
  if (!first?.name) {
    return (
      <Shell orgs={[]}>
        <EmptyState title="No organizations">
          <p className="muted">
            Your account is not a member of any organization yet. Ask an owner to invite you.
          </p>
        </EmptyState>
      </Shell>
    )
  }
  return <Navigate to={paths.images(first.name)} replace />
}
