import { boolean, int64, integer, list, map, object, oneOf, required, string, time, uidp } from './decode'
import type {
  ApkoConfig,
  Archs,
  BuildReport,
  BuildReportList,
  BuildStatus,
  CustomOverlay,
  Features,
  Group,
  GroupList,
  PackageSummary,
  PackageSummaryList,
  Repo,
  RepoList,
  RepoTagsSummary,
  Sbom,
  SbomPackage,
  Size,
  Tag,
  TagList,
  VulnerabilityMatch,
  VulnReport,
} from './types'

/**
 * The shape each answer must have for the console to use it (checked by `decode`): the fields the
 * screens read, with their wire types; ids and names where a screen cannot do without them. Lists
 * may be absent (protojson leaves an empty repeated field out).
 */

type Of<T> = NonNullable<T>

export const groupList = object<GroupList>({
  items: list(object<Group>({ id: required(uidp), name: required(string), description: string })),
})

export const features = object<Features>({ customAssembly: boolean, uniqueTags: boolean })

const named = object<{ name?: string; content?: string }>({ name: string, content: string })
type Contents = Of<CustomOverlay['contents']>
type Accounts = Of<CustomOverlay['accounts']>

/** The build config: every part the console shows, edits or keeps when it sends the repository back. */
const customOverlay = object<CustomOverlay>({
  contents: object<Contents>({
    packages: list(string),
    runtimeRepositories: list(string),
    runtimeKeyring: list(named),
  }),
  environment: map(string),
  annotations: map(string),
  accounts: object<Accounts>({
    runAs: string,
    users: list(
      object<Of<Accounts['users']>[number]>({
        userName: string,
        uid: integer,
        gid: integer,
        groupName: string,
        shell: string,
        homeDir: string,
      }),
    ),
    groups: list(
      object<Of<Accounts['groups']>[number]>({ groupName: string, gid: integer, members: list(string) }),
    ),
  }),
  certificates: object<Of<CustomOverlay['certificates']>>({
    additional: list(named),
    providers: list(string),
  }),
})

export const repo = object<Repo>({
  id: required(uidp),
  name: required(string),
  description: string,
  sync_config: object<Of<Repo['sync_config']>>({ source: string }),
  customOverlay,
})

export const repoList = object<RepoList>({ items: list(repo) })

const tag = object<Tag>({
  id: required(uidp),
  name: required(string),
  digest: required(string),
  lastUpdated: time,
})

export const tagList = object<TagList>({ items: list(tag) })

export const repoTagsSummary = object<RepoTagsSummary>({
  tagCount: int64,
  lastUpdated: time,
  latestTag: tag,
  latestVersion: string,
})

export const buildReportList = object<BuildReportList>({
  reports: list(
    object<BuildReport>({
      id: required(uidp),
      result: oneOf('Unknown', 'Success', 'Failure'),
      startedAt: time,
      completedAt: time,
      digest: string,
      log: string,
      warnings: list(string),
      config: string,
      lockedConfig: string,
      apkoVersion: string,
    }),
  ),
})

export const buildStatus = object<BuildStatus>({
  failures: list(object<Of<BuildStatus['failures']>[number]>({ repoId: required(uidp), total: integer })),
})

export const packageSummaryList = object<PackageSummaryList>({
  items: list(
    object<PackageSummary>({
      packageName: required(string),
      latestVersion: string,
      architectures: string,
      description: string,
    }),
  ),
  nextPageToken: string,
  totalCount: int64,
})

/** A resolved configuration: the console reads its packages. */
export const apkoConfig = object<ApkoConfig>({
  contents: object<Of<ApkoConfig['contents']>>({ packages: list(string) }),
})

const sbomPackage = object<SbomPackage>({
  name: required(string),
  version: string,
  license: string,
  purl: string,
})

/** A version's SBOM: the console lists its package nodes (file nodes pass unread). */
export const sbom = object<Sbom>({
  generatedAt: time,
  graph: object<Of<Sbom['graph']>>({
    nodes: list(object<Of<Of<Sbom['graph']>['nodes']>[number]>({ package: sbomPackage })),
  }),
})

type Match = VulnerabilityMatch

/** A version's scan: every finding names its vulnerability and package. */
export const vulnReport = object<VulnReport>({
  reportGeneration: time,
  vulnerabilityMatches: list(
    object<Match>({
      vulnerability: required(
        object<Of<Match['vulnerability']>>({
          id: required(string),
          displayId: string,
          severity: oneOf('UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'),
        }),
      ),
      pkg: required(sbomPackage),
      fix: object<Of<Match['fix']>>({
        state: oneOf('UNKNOWN', 'FIXED', 'NOT_FIXED', 'WONT_FIX'),
        versions: list(string),
      }),
    }),
  ),
})

export const archs = object<Archs>({ archs: list(string) })

export const size = object<Size>({ arch: string, size: int64 })
