import { infiniteQueryOptions, queryOptions, skipToken, type QueryClient } from '@tanstack/react-query'
import { resolveConfig } from './apko'
import {
  earlierWindow,
  getBuildFailures,
  getBuildReport,
  latestWindow,
  listBuildReports,
  type BuildWindow,
} from './build-reports'
import { getArchs, getSbom, getSize, getVulnReport } from './digests'
import { getFeatures } from './entitlements'
import { listOrganizations } from './groups'
import { listPackageSummaries } from './packages'
import { listRepos } from './repos'
import { findSourceImage } from './source-image'
import { getRepoTagsSummary, listLatestTags, listTags } from './tags'
import {
  CATALOGUE_FRESH_MS,
  FRESH_MS,
  PENDING_VERSION_RECORD_POLL_MS,
  RUNNING_BUILD_POLL_MS,
  SLOW_CHANGING_FRESH_MS,
} from './timing'
import { sourceReference } from '../domain/compare'
import { parentOf } from '../domain/uidp'
import type { BuildReport } from './types'

/**
 * The one query-key factory. Keys nest by organization, then repository, so a mutation can
 * invalidate everything under an image with one key.
 */
export const queryKeys = {
  organizations: () => ['organizations'] as const,
  org: (orgId: string) => ['org', orgId] as const,
  features: (orgId: string) => [...queryKeys.org(orgId), 'features'] as const,
  repos: (orgId: string) => [...queryKeys.org(orgId), 'repos'] as const,
  repoList: (orgId: string) => [...queryKeys.repos(orgId), 'list'] as const,
  packages: (orgId: string) => [...queryKeys.org(orgId), 'packages'] as const,
  repo: (orgId: string, repoId: string) => [...queryKeys.repos(orgId), repoId] as const,
  latestTags: (orgId: string) => [...queryKeys.repos(orgId), 'latest-tags'] as const,
  tags: (orgId: string, repoId: string) => [...queryKeys.repo(orgId, repoId), 'tags'] as const,
  tagsSummary: (orgId: string, repoId: string) => [...queryKeys.repo(orgId, repoId), 'tags-summary'] as const,
  resolved: (orgId: string, repoId: string) => [...queryKeys.repo(orgId, repoId), 'resolved'] as const,
  builds: (orgId: string, repoId: string) => [...queryKeys.repo(orgId, repoId), 'builds'] as const,
  build: (orgId: string, repoId: string, buildId: string) =>
    [...queryKeys.builds(orgId, repoId), buildId] as const,
  /** the first lines of a build's long log while the rest of its first answer arrives */
  buildLogStart: (orgId: string, repoId: string, buildId: string) =>
    [...queryKeys.build(orgId, repoId, buildId), 'log-start'] as const,
  /** the organization's builds and failure counts: under its repos, so a saved build config refreshes them */
  orgBuilds: (orgId: string) => [...queryKeys.repos(orgId), 'org-builds'] as const,
  buildFailures: (orgId: string) => [...queryKeys.repos(orgId), 'build-failures'] as const,
  /** the image a customized image is built from, as `sync_config.source` names it */
  sourceImage: (source: string) => ['source-image', source] as const,
  /** one version (digest) of an image: its SBOM, scan and sizes */
  digest: (orgId: string, repoId: string, digest: string) =>
    [...queryKeys.repo(orgId, repoId), 'digests', digest] as const,
}

export const isRunning = (report: BuildReport) => !report.completedAt

/**
 * A build finishes by moving its tags (the image's versions, digests and last update), which the
 * image page and the images list show: when a read shows that a build the console saw running has
 * finished, those are read again.
 */
function refreshWhatFinishedBuildsChanged(
  client: QueryClient,
  orgId: string,
  repoId: string,
  before: readonly BuildReport[],
  after: readonly BuildReport[],
) {
  const running = new Set(before.filter(isRunning).map((report) => report.id))
  if (!after.some((report) => running.has(report.id) && !isRunning(report))) return
  void client.invalidateQueries({ queryKey: queryKeys.tags(orgId, repoId) })
  void client.invalidateQueries({ queryKey: queryKeys.tagsSummary(orgId, repoId) })
  void client.invalidateQueries({ queryKey: queryKeys.latestTags(orgId) })
  void client.invalidateQueries({ queryKey: queryKeys.repoList(orgId) })
  void client.invalidateQueries({ queryKey: queryKeys.buildFailures(orgId) })
}

/** The same for the organization's builds: each finished build's image is read again. */
function refreshWhatFinishedOrgBuildsChanged(
  client: QueryClient,
  orgId: string,
  before: readonly BuildReport[],
  after: readonly BuildReport[],
) {
  const running = new Set(before.filter(isRunning).map((report) => report.id))
  const finished = after.filter((report) => running.has(report.id) && !isRunning(report))
  for (const repoId of new Set(finished.map((report) => parentOf(report.id ?? '')))) {
    if (repoId) refreshWhatFinishedBuildsChanged(client, orgId, repoId, before, after)
  }
}

/** One window of the organization's builds, as "Older builds" adds them. */
export interface BuildPage {
  window: BuildWindow
  reports: BuildReport[]
}

/** The package catalogue is read in pages of this size (the registry's largest). */
const CATALOGUE_PAGE_SIZE = 1000

export const queries = {
  organizations: () =>
    queryOptions({
      queryKey: queryKeys.organizations(),
      queryFn: ({ signal }) => listOrganizations({ signal }),
      staleTime: SLOW_CHANGING_FRESH_MS,
    }),
  features: (orgId: string) =>
    queryOptions({
      queryKey: queryKeys.features(orgId),
      queryFn: ({ signal }) => getFeatures(orgId, { signal }),
      staleTime: SLOW_CHANGING_FRESH_MS,
    }),
  repos: (orgId: string) =>
    queryOptions({
      queryKey: queryKeys.repoList(orgId),
      queryFn: ({ signal }) => listRepos(orgId, { signal }),
      // read as soon as the organization is known (its layout asks): a page that shows the list
      // after it failed shows the error and "Try again", and does not send it again by itself
      retryOnMount: false,
    }),
  /** Each image's `latest` tag (one call for the whole images list, not every tag). */
  latestTags: (orgId: string) =>
    queryOptions({
      queryKey: queryKeys.latestTags(orgId),
      queryFn: ({ signal }) => listLatestTags(orgId, { signal }),
    }),
  /** One image's tags summed up, read as its row of the images list comes into view. */
  tagsSummary: (orgId: string, repoId: string) =>
    queryOptions({
      queryKey: queryKeys.tagsSummary(orgId, repoId),
      queryFn: ({ signal }) => getRepoTagsSummary(repoId, { signal }),
    }),
  tags: (orgId: string, repoId: string) =>
    queryOptions({
      queryKey: queryKeys.tags(orgId, repoId),
      queryFn: ({ signal }) => listTags(repoId, { signal }),
    }),
  /** Every package the organization may add, page by page (see `useCatalogue`). */
  catalogue: (orgId: string) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.packages(orgId), 'all'] as const,
      queryFn: ({ pageParam, signal }) =>
        listPackageSummaries(orgId, { pageSize: CATALOGUE_PAGE_SIZE, pageToken: pageParam }, { signal }),
      initialPageParam: undefined as string | undefined,
      // a token already followed would read the same pages again, without end
      getNextPageParam: (page, _pages, _last, followed) =>
        page.nextPageToken && !followed.includes(page.nextPageToken) ? page.nextPageToken : undefined,
      staleTime: CATALOGUE_FRESH_MS,
    }),
  resolved: (orgId: string, repoId: string) =>
    queryOptions({
      queryKey: queryKeys.resolved(orgId, repoId),
      queryFn: ({ signal }) => resolveConfig(repoId, {}, { signal }),
      staleTime: SLOW_CHANGING_FRESH_MS,
    }),
  builds: (orgId: string, repoId: string) =>
    queryOptions({
      queryKey: [...queryKeys.builds(orgId, repoId), 'list'] as const,
      queryFn: async ({ signal, client, queryKey }) => {
        const before = client.getQueryData<BuildReport[]>(queryKey)
        const after = await listBuildReports(repoId, { signal })
        if (before) refreshWhatFinishedBuildsChanged(client, orgId, repoId, before, after)
        return after
      },
      refetchInterval: (query) => (query.state.data?.some(isRunning) ? RUNNING_BUILD_POLL_MS : false),
    }),
  build: (orgId: string, repoId: string, buildId: string) =>
    queryOptions({
      queryKey: queryKeys.build(orgId, repoId, buildId),
      queryFn: async ({ signal, client, queryKey }) => {
        const before = client.getQueryData<BuildReport | null>(queryKey)
        // read first, a long log is shown from its first lines on while the rest arrives
        const startKey = queryKeys.buildLogStart(orgId, repoId, buildId)
        const onLog =
          before === undefined ? (start: string) => client.setQueryData(startKey, start) : undefined
        try {
          const after = await getBuildReport(repoId, buildId, { signal, onLog })
          if (before && after) refreshWhatFinishedBuildsChanged(client, orgId, repoId, [before], [after])
          return after
        } finally {
          if (onLog) client.removeQueries({ queryKey: startKey, exact: true })
        }
      },
      refetchInterval: (query) =>
        query.state.data && isRunning(query.state.data) ? RUNNING_BUILD_POLL_MS : false,
      // pressing a build's row asks for its log before the drawer opens: if that answer is a failure,
      // the drawer shows it with "Try again" instead of sending the same request again as it mounts
      retryOnMount: false,
    }),
  /** The first lines of a build's long log while the build is first read (see `build`); none once it has come. */
  buildLogStart: (orgId: string, repoId: string, buildId: string) =>
    queryOptions<string>({
      queryKey: queryKeys.buildLogStart(orgId, repoId, buildId),
      queryFn: skipToken,
      staleTime: Infinity,
    }),
  /**
   * The organization's builds, a window of 24 hours at a time: the last 24 hours first, then each
   * earlier day as it is asked for (`fetchNextPage`). Read again while any build runs.
   */
  orgBuilds: (orgId: string) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.orgBuilds(orgId), 'list'] as const,
      queryFn: async ({ pageParam, signal, client, queryKey }): Promise<BuildPage> => {
        const before = client.getQueryData<{ pages: BuildPage[] }>(queryKey)
        const reports = await listBuildReports(orgId, { signal, window: pageParam })
        const earlier = before?.pages.find((page) => page.window.since === pageParam.since)
        if (earlier) refreshWhatFinishedOrgBuildsChanged(client, orgId, earlier.reports, reports)
        return { window: pageParam, reports }
      },
      initialPageParam: latestWindow(),
      getNextPageParam: (last) => earlierWindow(last.window),
      refetchInterval: (query) =>
        query.state.data?.pages.some((page) => page.reports.some(isRunning)) ? RUNNING_BUILD_POLL_MS : false,
    }),
  /** Failed builds of the last 24 hours per image of the organization (repo id → count). */
  buildFailures: (orgId: string) =>
    queryOptions({
      queryKey: queryKeys.buildFailures(orgId),
      queryFn: ({ signal }) => getBuildFailures(orgId, { signal }),
    }),
  /** A customized image's source, with its tags; null when this user cannot read it. */
  sourceImage: (source: string) =>
    queryOptions({
      queryKey: queryKeys.sourceImage(source),
      queryFn: ({ signal }) => {
        const reference = sourceReference(source)
        return reference ? findSourceImage(reference, { signal }) : null
      },
      staleTime: SLOW_CHANGING_FRESH_MS,
    }),
  /** A version's SBOM; null while there is none. A version's packages never change once listed. */
  sbom: (orgId: string, repoId: string, digest: string) =>
    queryOptions({
      queryKey: [...queryKeys.digest(orgId, repoId, digest), 'sbom'] as const,
      queryFn: ({ signal }) => getSbom(repoId, digest, { signal }),
      staleTime: (query) => (query.state.data ? Infinity : FRESH_MS),
      refetchInterval: (query) => (query.state.data === null ? PENDING_VERSION_RECORD_POLL_MS : false),
    }),
  /** A version's vulnerability scan; null until the version has been scanned. */
  vulnReport: (orgId: string, repoId: string, digest: string) =>
    queryOptions({
      queryKey: [...queryKeys.digest(orgId, repoId, digest), 'vulnreport'] as const,
      queryFn: ({ signal }) => getVulnReport(repoId, digest, { signal }),
      refetchInterval: (query) => (query.state.data === null ? PENDING_VERSION_RECORD_POLL_MS : false),
    }),
  /** The architectures a version has images for; null when the registry has no such version. */
  archs: (orgId: string, repoId: string, digest: string) =>
    queryOptions({
      queryKey: [...queryKeys.digest(orgId, repoId, digest), 'archs'] as const,
      queryFn: ({ signal }) => getArchs(repoId, digest, { signal }),
      staleTime: Infinity,
    }),
  /** A version's size for one architecture; null when it has no image for it. */
  size: (orgId: string, repoId: string, digest: string, arch: string) =>
    queryOptions({
      queryKey: [...queryKeys.digest(orgId, repoId, digest), 'size', arch] as const,
      queryFn: ({ signal }) => getSize(repoId, digest, arch, { signal }),
      staleTime: Infinity,
    }),
}
