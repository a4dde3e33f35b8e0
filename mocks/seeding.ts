/** The steps a scenario's seed is made of: seeded images, their build configs and finished builds. */
import { addBuild, pointTags, settle, type BuildOptions } from './builds'
import { DAY, HOUR, SECOND } from './clock'
import { recordDigest } from './digests'
import { childUidp, digestOf, hash } from './ids'
import { memo } from './memo'
import { imageByName } from './seed/images'
import { catalogue as defaultCatalogue } from './seed/packages'
import type { SeedImage } from './seed/types'
import { orgOrThrow, state, type RepoRecord } from './state'
import { streamsOf, type Stream } from './tag-streams'

/** Seeded images were created this long ago. */
const SEED_IMAGE_AGE = 200 * DAY
/** Their tags were last moved 1 to 40 hours ago (by image name), each older stream's 7 hours earlier. */
const SEED_TAG_AGE_HOURS = 40
const SEED_TAG_STREAM_STEP = 7 * HOUR
/** An image the seed creates was created this long before its builds. */
const CREATED_BEFORE_BUILDS = DAY
/** A seeded build config's earlier round of builds: before the 24-hour window of the build list. */
const EARLIER_ROUND_BEFORE = 30 * HOUR
/** A seeded build takes 140 s plus 0 to 8 times 17 s (by stream); a round's builds start 40 s apart. */
const SEED_BUILD_MS = 140 * SECOND
const SEED_BUILD_JITTER_MS = 17 * SECOND
const SEED_ROUND_GAP_MS = 40 * SECOND

/**
 * An image of the seed data in an organization, its tags pointing at digests of their own, each
 * built `releasesBehind` the catalogue's newest releases: by default a seeded version is one
 * behind, and each older version of a variant one more (so a version differs from the one before).
 */
export function addSeedRepo(
  orgId: string,
  image: SeedImage,
  now: number,
  name = image.name,
  releasesBehind = (stream: Stream) => 1 + stream.olderBy,
): RepoRecord {
  const record = addSeedRecord(orgId, image, now, name)
  const age = seedTagAge(name)
  streamsOf(image).forEach((stream, index) => {
    const at = new Date(now - age - index * SEED_TAG_STREAM_STEP).toISOString()
    const digest = digestOf(`${record.repo.id}:${stream.key}`)
    pointTags(record.repo.id, stream, digest, at)
    const packages = [...new Set([...image.basePackages, ...(stream.dev ? image.devPackages : [])])]
    recordDigest({
      repoId: record.repo.id,
      digest,
      packages,
      added: [],
      createdAt: Date.parse(at),
      releasesBehind: releasesBehind(stream),
    })
  })
  return record
}

/** How long before now a seeded image's tags last moved (1 to 40 hours, by name). */
export function seedTagAge(name: string): number {
  return (hash(name) % SEED_TAG_AGE_HOURS) * HOUR + HOUR
}

/** A seeded image, created long ago, without tags. */
export function addSeedRecord(orgId: string, image: SeedImage, now: number, name = image.name): RepoRecord {
  const id = childUidp(orgId, `repo:${name}`)
  const record: RepoRecord = {
    orgId,
    source: image,
    repo: {
      id,
      name,
      catalogTier: image.tier,
      description: image.description,
      sync_config: { source: `chainguard/${image.name}`, uniqueTags: false },
      customOverlay: {},
      createTime: new Date(now - SEED_IMAGE_AGE).toISOString(),
      bundles: [],
      aliases: [],
      activeTags: streamsOf(image).flatMap((stream) => stream.tags),
    },
  }
  state.repos.set(id, record)
  return record
}

export function findSeedRepo(orgId: string, name: string): RepoRecord | undefined {
  return [...state.repos.values()].find((r) => r.orgId === orgId && r.repo.name === name)
}

/** Gives a seeded image a build config, with builds that finished before now (and older ones). */
export function customize(orgId: string, name: string, packages: string[], at: number): void {
  const record = findSeedRepo(orgId, name)
  if (!record || !packages.length) return
  record.repo.customOverlay = { contents: { packages } }
  seedBuilds(record, at)
}

/** An image made from `source` with a build config, and its builds. */
export function createSeedImage(
  orgId: string,
  name: string,
  source: string,
  packages: string[],
  at: number,
): void {
  const image = imageByName.get(source)
  if (!image) return
  const record = addSeedRepo(orgId, image, at, name)
  record.repo.createTime = new Date(at - CREATED_BEFORE_BUILDS).toISOString()
  record.repo.customOverlay = { contents: { packages } }
  seedBuilds(record, at)
}

/** Two rounds of finished builds: one older than the 24-hour window, one inside it. */
function seedBuilds(record: RepoRecord, at: number): void {
  for (const startedAt of [at - EARLIER_ROUND_BEFORE, at]) seedRound(record, startedAt)
  settle()
}

/** One build per tag stream, as saving a build config starts (settle afterwards). */
export function seedRound(
  record: RepoRecord,
  at: number,
  options: BuildOptions & { durationMs?: (stream: Stream) => number } = {},
): void {
  const org = orgOrThrow(record.orgId)
  for (const [index, stream] of streamsOf(record.source).entries()) {
    const durationMs =
      options.durationMs?.(stream) ?? SEED_BUILD_MS + (hash(stream.key) % 9) * SEED_BUILD_JITTER_MS
    addBuild(record, org, stream, at + index * SEED_ROUND_GAP_MS, durationMs, options)
  }
}

const defaultCatalogueNames = memo(() => new Set(defaultCatalogue.map((pkg) => pkg.name)))

/** The candidates the default catalogue has (seed overlays never name a missing package). */
export function pick(candidates: string[]): string[] {
  return candidates.filter((name) => defaultCatalogueNames().has(name))
}
