/**
 * The mock database: every record the mock backend holds, in one place. The resource modules
 * (orgs, repos, tags, packages, builds, faults) are plain functions over it; `reset(scenario)`
 * (scenarios.ts) empties it and seeds it again.
 */
import type { BuildReport, Features, Group, Repo, Tag } from '../src/api/types'
import type { DigestRecord } from './digests'
import type { Fault } from './faults'
import { HttpError } from './http-error'
import type { LogJson } from './log-json'
import type { PlannedLog } from './log-writer'
import type { Scenario } from './scenarios'
import type { SeedImage, SeedPackage } from './seed/types'
import type { TagSource } from './tag-history'
import type { Stream } from './tag-streams'

export interface OrgRecord {
  group: Group
  features: Features
  catalogue: () => readonly SeedPackage[]
  /** the registry's public images (public-catalogue.ts): readable by all, listed to none, read-only */
  public?: boolean
}

export interface RepoRecord {
  repo: Repo & { id: string }
  orgId: string
  source: SeedImage
}

export interface BuildRecord {
  report: BuildReport & { id: string; startedAt: string }
  repoId: string
  stream: Stream
  finishAt: number
  outcome: 'Success' | 'Failure'
  digest: string
  /** what it installs: the image's packages and, of those, the ones its build config adds */
  contents: { packages: string[]; added: string[] }
  /**
   * written on first read (most seeded builds are never opened) and kept: a running build's log is
   * cut at now, a completed build's is the whole text, the same string on every request
   */
  log: () => PlannedLog
  /**
   * the whole log as a JSON string (quoted and escaped), made once and kept: a completed build's
   * answer reuses it, so a long log is not serialized again on every request
   */
  logJson: () => LogJson
  settled: boolean
}

interface State {
  scenario: Scenario
  orgs: Map<string, OrgRecord>
  repos: Map<string, RepoRecord>
  tags: Map<string, Tag>
  /** images whose tags are written when read (tag-history.ts), by image id; their tags are not in `tags` */
  tagSources: Map<string, TagSource>
  builds: Map<string, BuildRecord>
  /** what each image version holds, by `digestKey(repoId, digest)` */
  digests: Map<string, DigestRecord>
  faults: Fault[]
  /** makes every created id unique (seeded builds included) */
  counter: number
}

/** Empty until `reset()`: the browser worker and the test setup seed it when they start. */
export const state: State = emptyState('default')

/** Forgets every record: the store is as new, in `scenario`, before its seed. */
export function clearState(scenario: Scenario): void {
  Object.assign(state, emptyState(scenario))
}

function emptyState(scenario: Scenario): State {
  return {
    scenario,
    orgs: new Map(),
    repos: new Map(),
    tags: new Map(),
    tagSources: new Map(),
    builds: new Map(),
    digests: new Map(),
    faults: [],
    counter: 0,
  }
}

export function orgOrThrow(orgId: string): OrgRecord {
  const org = state.orgs.get(orgId)
  if (!org) throw new HttpError(404, `No organization with id "${orgId}".`)
  return org
}

export function repoOrThrow(repoId: string): RepoRecord {
  const record = state.repos.get(repoId)
  if (!record) throw new HttpError(404, `No image with id "${repoId}".`)
  return record
}

/** What the store hands out: a copy, never the record it keeps. */
export function clone<T>(value: T): T {
  return structuredClone(value)
}
