/**
 * Repos (the images of an organization): listed, created from an entitled source image, replaced
 * whole by PUT, deleted with their tags and builds. A new or changed build config starts builds.
 */
import type { CustomOverlay, Repo } from '../src/api/types'
import { beyondDocumentProblems, splitOverlay } from '../src/domain/build-config-beyond-document'
import { checkOverlay } from '../src/domain/build-config-rules'
import { hasCustomizations, sourceName } from '../src/domain/image'
import { imageNameError } from '../src/domain/image-name'
import { isChildOf, isDescendantOf } from '../src/domain/uidp'
import { settle, startBuilds } from './builds'
import { clock } from './clock'
import { HttpError } from './http-error'
import { childUidp } from './ids'
import { assertWritable } from './orgs'
import { packageIndex } from './packages'
import { imageByName } from './seed/images'
import type { SeedImage } from './seed/types'
import { clone, orgOrThrow, repoOrThrow, state, type OrgRecord, type RepoRecord } from './state'

export function listRepos(filter: {
  childrenOf?: string
  descendantsOf?: string
  id?: string
  name?: string
}): Repo[] {
  settle()
  return [...state.repos.values()]
    .map((record) => record.repo)
    .filter(
      (repo) =>
        (!filter.childrenOf || isChildOf(repo.id, filter.childrenOf)) &&
        (!filter.descendantsOf || isDescendantOf(repo.id, filter.descendantsOf)) &&
        (!filter.id || repo.id === filter.id) &&
        (!filter.name || repo.name === filter.name),
    )
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
    .map(clone)
}

export function createRepo(orgId: string, body: Repo, options: { preventExisting: boolean }): Repo {
  const org = orgOrThrow(orgId)
  assertWritable(orgId)
  const name = typeof body.name === 'string' ? body.name : ''
  const existing = [...state.repos.values()].find((r) => r.orgId === orgId && r.repo.name === name)
  if (existing) {
    if (options.preventExisting) {
      throw new HttpError(409, `An image named "${name}" already exists in this organization.`)
    }
    return updateRepo(existing.repo.id, { ...existing.repo, customOverlay: body.customOverlay })
  }
  const nameError = imageNameError(name, { orgName: org.group.name ?? '' })
  if (nameError) throw new HttpError(400, `name: ${nameError}`)
  const sourceRef = body.sync_config?.source
  const sourceImage = sourceRef ? entitledImage(orgId, sourceName(body) ?? '') : undefined
  if (!sourceImage) {
    throw new HttpError(
      400,
      `sync_config.source: "${sourceRef ?? ''}" is not an image this organization is entitled to.`,
    )
  }
  const overlay = normalizeOverlay(body.customOverlay)
  if (hasCustomizations(overlay) && !org.features.customAssembly) {
    throw new HttpError(403, 'Custom Assembly is not enabled for this organization.')
  }
  assertValidOverlay(org, sourceImage, overlay)
  const id = childUidp(orgId, `repo:${name}:${state.counter++}`)
  const record: RepoRecord = {
    orgId,
    source: sourceImage,
    repo: {
      id,
      name,
      catalogTier: sourceImage.tier,
      description: sourceImage.description,
      sync_config: { source: `chainguard/${sourceImage.name}`, uniqueTags: org.features.uniqueTags ?? false },
      customOverlay: overlay,
      createTime: clock.iso(),
      bundles: [],
      aliases: [],
      activeTags: [],
    },
  }
  state.repos.set(id, record)
  startBuilds(record)
  return clone(record.repo)
}

/** A source image the organization may make images from: a seeded one, or the source of one it has. */
function entitledImage(orgId: string, name: string): SeedImage | undefined {
  const own = [...state.repos.values()].find((r) => r.orgId === orgId && r.source.name === name)
  return imageByName.get(name) ?? own?.source
}

/** Full replacement, like the real PUT: every field comes from the body except those the server owns. */
export function updateRepo(repoId: string, body: Repo): Repo {
  const record = repoOrThrow(repoId)
  assertWritable(record.orgId)
  const org = orgOrThrow(record.orgId)
  const name = typeof body.name === 'string' ? body.name : ''
  if (name !== record.repo.name) {
    const others = [...state.repos.values()]
      .filter((r) => r.orgId === record.orgId && r !== record)
      .map((r) => r.repo.name ?? '')
    const nameError = imageNameError(name, { orgName: org.group.name ?? '', existingNames: others })
    if (nameError) throw new HttpError(others.includes(name) ? 409 : 400, `name: ${nameError}`)
  }
  const overlay = normalizeOverlay(body.customOverlay)
  const overlayChanged = JSON.stringify(overlay ?? {}) !== JSON.stringify(record.repo.customOverlay ?? {})
  if (overlayChanged && !org.features.customAssembly) {
    throw new HttpError(403, 'Custom Assembly is not enabled for this organization.')
  }
  assertValidOverlay(org, record.source, overlay)
  record.repo = {
    ...body,
    id: record.repo.id,
    name,
    sync_config: record.repo.sync_config,
    createTime: record.repo.createTime,
    customOverlay: overlay,
  }
  if (overlayChanged) startBuilds(record)
  return clone(record.repo)
}

export function deleteRepo(repoId: string): void {
  assertWritable(repoOrThrow(repoId).orgId)
  state.repos.delete(repoId)
  state.tagSources.delete(repoId)
  for (const [id] of state.tags) if (isDescendantOf(id, repoId)) state.tags.delete(id)
  for (const [id] of state.builds) if (isDescendantOf(id, repoId)) state.builds.delete(id)
}

/** The console's own rules (warnings, such as an expired certificate, do not stop a build config). */
function assertValidOverlay(org: OrgRecord, source: SeedImage, overlay: CustomOverlay | undefined): void {
  const index = packageIndex(org)
  const { document, beyond } = splitOverlay(overlay)
  const { problems } = checkOverlay(document, {
    entitled: (name) => index.has(name),
    base: new Set(source.basePackages),
    now: clock.now(),
  })
  const errors = [
    ...problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message),
    ...beyondDocumentProblems(beyond),
  ]
  if (errors.length === 0) return
  const shown = errors.slice(0, 3)
  if (errors.length > shown.length) shown.push(`and ${errors.length - shown.length} more`)
  throw new HttpError(400, shown.join('; '))
}

function normalizeOverlay(overlay: unknown): CustomOverlay {
  if (overlay === undefined || overlay === null) return {}
  if (typeof overlay !== 'object' || Array.isArray(overlay))
    throw new HttpError(400, 'customOverlay: must be an object.')
  return clone(overlay as CustomOverlay)
}
