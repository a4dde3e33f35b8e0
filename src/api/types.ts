/**
 * Wire types of the platform API v1 (protojson over grpc-gateway), as published in its OpenAPI
 * description. Every field is optional on the wire; int64 values are strings; enums are names;
 * times are RFC 3339 strings. `Repo.sync_config` keeps its snake_case JSON name.
 */

/** google.rpc.Status */
export interface RpcStatus {
  code?: number
  message?: string
  details?: Array<{ '@type'?: string; [key: string]: unknown }>
}

// ---- iam ----

type OrgKind =
  | 'ORG_KIND_UNSPECIFIED'
  | 'ORG_KIND_STARTER'
  | 'ORG_KIND_CUSTOMER'
  | 'ORG_KIND_DEV'
  | 'ORG_KIND_INFRA'
  | 'ORG_KIND_AWS_MARKETPLACE'

type OrgStatus =
  'ORG_STATUS_UNSPECIFIED' | 'ORG_STATUS_INITIALIZING' | 'ORG_STATUS_READY' | 'ORG_STATUS_SUSPENDED'

/** chainguard.platform.iam.Group */
export interface Group {
  id?: string
  name?: string
  description?: string
  kind?: OrgKind
  status?: OrgStatus
  verified?: boolean
  resourceLimits?: Record<string, number>
}

export interface GroupList {
  items?: Group[]
}

// ---- registry ----

/** chainguard.platform.registry.GetFeaturesResponse */
export interface Features {
  customAssembly?: boolean
  uniqueTags?: boolean
}

type CatalogTier = 'UNKNOWN' | 'APPLICATION' | 'BASE' | 'FIPS' | 'AI' | 'DEVTOOLS' | 'COMMERCIAL'

interface SyncConfig {
  source?: string
  uniqueTags?: boolean
  expiration?: string
  google?: string
  amazon?: string
  azure?: string
  syncApks?: boolean
  apkoOverlay?: string
  gracePeriod?: boolean
}

interface CertificateEntry {
  name?: string
  content?: string
}

interface ImageContents {
  packages?: string[]
  runtimeRepositories?: string[]
  runtimeKeyring?: CertificateEntry[]
}

interface Accounts {
  runAs?: string
  users?: Array<{
    userName?: string
    uid?: number
    gid?: number
    groupName?: string
    shell?: string
    homeDir?: string
  }>
  groups?: Array<{ groupName?: string; gid?: number; members?: string[] }>
}

/** chainguard.platform.registry.CustomOverlay: the build config of a customized image. */
export interface CustomOverlay {
  contents?: ImageContents
  environment?: Record<string, string>
  annotations?: Record<string, string>
  accounts?: Accounts
  certificates?: { additional?: CertificateEntry[]; providers?: string[] }
}

/** chainguard.platform.registry.Repo: an image repository. */
export interface Repo {
  id?: string
  name?: string
  catalogTier?: CatalogTier
  bundles?: string[]
  readme?: string
  sync_config?: SyncConfig
  customOverlay?: CustomOverlay
  aliases?: string[]
  createTime?: string
  activeTags?: string[]
  description?: string
}

export interface RepoList {
  items?: Repo[]
}

/** chainguard.platform.registry.Tag */
export interface Tag {
  id?: string
  name?: string
  digest?: string
  lastUpdated?: string
  deprecated?: boolean
  bundles?: string[]
}

export interface TagList {
  items?: Tag[]
}

/** chainguard.platform.registry.RepoTagsSummary: with no tags, `tagCount` is "0" and the rest unset. */
export interface RepoTagsSummary {
  id?: string
  /** int64, as a string */
  tagCount?: string
  lastUpdated?: string
  /** `latest` if present, else the most recently updated tag */
  latestTag?: Tag
  /** the longest other tag name on `latestTag`'s digest */
  latestVersion?: string
}

type BuildResult = 'Unknown' | 'Success' | 'Failure'

/** chainguard.platform.registry.BuildReport. A report without `completedAt` is still running. */
export interface BuildReport {
  id?: string
  mediaType?: string
  config?: string
  lockedConfig?: string
  result?: BuildResult
  warnings?: string[]
  log?: string
  digest?: string
  apkoVersion?: string
  startedAt?: string
  completedAt?: string
}

export interface BuildReportList {
  reports?: BuildReport[]
}

/** chainguard.platform.registry.BuildStatus: failed builds per repository (of the last 24 hours by default). */
export interface BuildStatus {
  failures?: { repoId?: string; total?: number }[]
}

// ---- apko ----

/** chainguard.platform.registry.ApkoConfig (the parts the console reads). */
export interface ApkoConfig {
  contents?: {
    repositories?: string[]
    buildRepositories?: string[]
    runtimeRepositories?: string[]
    keyring?: string[]
    packages?: string[]
  }
  entrypoint?: { type?: string; command?: string; shellFragment?: string; services?: Record<string, string> }
  cmd?: string
  workDir?: string
  stopSignal?: string
  environment?: Record<string, string>
  annotations?: Record<string, string>
  archs?: string[]
  accounts?: Accounts
  vcsUrl?: string
  include?: string
  volumes?: string[]
}

// ---- apk ----

/** chainguard.platform.apk.APKPackageSummary: one package name with its latest version. */
export interface PackageSummary {
  packageName?: string
  latestVersion?: string
  /** comma-separated, e.g. "aarch64, x86_64" */
  architectures?: string
  description?: string
  license?: string
  origin?: string
  buildTime?: string
}

export interface PackageSummaryList {
  items?: PackageSummary[]
  nextPageToken?: string
  /** int64 as a string */
  totalCount?: string
  skipped?: number
}

// ---- a version's contents (SBOM, scan, size) ----

/** chainguard.platform.tenant.Package2: one package of an SBOM or of a scan finding */
export interface SbomPackage {
  id?: string
  name?: string
  version?: string
  license?: string
  purl?: string
  description?: string
}

/** chainguard.platform.tenant.Sbom2 (the parts the console reads): its graph's package nodes */
export interface Sbom {
  id?: string
  name?: string
  format?: string
  tool?: string
  generatedAt?: string
  source?: 'UNKNOWN' | 'INGESTED' | 'GENERATED'
  graph?: { nodes?: Array<{ package?: SbomPackage; file?: { id?: string; name?: string } }> }
}

export type Severity = 'UNKNOWN' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'
export type FixState = 'UNKNOWN' | 'FIXED' | 'NOT_FIXED' | 'WONT_FIX'

/** chainguard.platform.tenant.VulnerabilityMatch */
export interface VulnerabilityMatch {
  vulnerability?: {
    id?: string
    displayId?: string
    severity?: Severity
    description?: string
    source?: string
    relatedUrls?: string[]
  }
  pkg?: SbomPackage
  fix?: { state?: FixState; versions?: string[] }
}

/** chainguard.platform.tenant.VulnReport */
export interface VulnReport {
  id?: string
  reportGeneration?: string
  lastSeen?: string
  vulnerabilityDbLastBuildTime?: string
  scanner?: { name?: string; version?: string }
  vulnerabilityMatches?: VulnerabilityMatch[]
}

/** chainguard.platform.registry.Archs: the architectures a version (its index) has images for */
export interface Archs {
  archs?: string[]
}

/** chainguard.platform.registry.Size: one architecture's image size, in bytes (int64 as a string) */
export interface Size {
  arch?: string
  size?: string
}
