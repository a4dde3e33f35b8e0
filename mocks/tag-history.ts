/**
 * An image's whole tag history, written when it is read: the streams builds move (`latest`, `7`,
 * `7.3`, `7.3.4`, each with a `-dev` twin) and every older release still tagged (`7.3.3`, `6.2.4`,
 * …) at the older digest it was built as. A registry of real size holds hundreds of thousands of
 * these, so they are not stored: every read writes them again, the same on each read, with the
 * tags builds have moved since on top.
 */
import type { Tag } from '../src/api/types'
import { HOUR } from './clock'
import { childUidp, digestOf, hash } from './ids'

/** Releases came out this far apart, newest first. */
const RELEASE_STEP = 9 * HOUR
const VARIANTS = ['', '-dev'] as const
/** The histories last read keep their tags written, so the next read of them (a refresh) is quick. */
const KEPT_HISTORIES = 64
const kept: Array<() => void> = []

/** Keeps `forget` among the last few, forgetting the oldest. */
function keep(forget: () => void): void {
  kept.push(forget)
  if (kept.length > KEPT_HISTORIES) kept.shift()?.()
}

export interface TagSource {
  /** every tag, newest release first, as builds left them */
  all(): Tag[]
  /** one tag by name (at once for `latest`, the one the images list reads for every image) */
  named(name: string): Tag | undefined
  /** tags builds have pointed elsewhere since, by name */
  moved: Map<string, Tag>
}

/** How an image's releases are numbered: `major.minor.patch`, newest first. */
interface Shape {
  topMajor: number
  minors: number
  patches: number
}

/** A numbering for `count` tags that keeps the versions small and two majors in every history. */
export function historyShape(seed: string, count: number): Shape {
  const patches = 3 + (hash(`${seed}:patches`) % 3)
  const minors = 2 + (hash(`${seed}:minors`) % 3)
  const releases = Math.ceil(count / VARIANTS.length)
  return { patches, minors, topMajor: Math.ceil(releases / (patches * minors)) + 1 + (hash(seed) % 4) }
}

/** The newest release of the two newest majors: the streams builds make (`SeedImage.versions`). */
export function streamVersions(shape: Shape): string[] {
  return [versionOf(shape, 0), versionOf(shape, shape.patches * shape.minors)]
}

function versionOf({ topMajor, minors, patches }: Shape, release: number): string {
  const major = topMajor - Math.floor(release / (patches * minors))
  const minor = minors - 1 - (Math.floor(release / patches) % minors)
  const patch = patches - 1 - (release % patches)
  return `${major}.${minor}.${patch}`
}

/** The names one release carries in one variant: its version, and the streams it heads. */
function namesOf(shape: Shape, release: number, variant: string): string[] {
  const version = versionOf(shape, release)
  const [major, minor] = version.split('.')
  const names = [version]
  if (release % shape.patches === 0) names.push(`${major}.${minor}`)
  if (release % (shape.patches * shape.minors) === 0) names.push(`${major}`)
  if (release === 0) names.push('latest')
  return names.map((name) => `${name}${variant}`)
}

/** The history of `count` tags of the image `repoId`, its newest release made at `newestAt`. */
export function tagHistory(repoId: string, shape: Shape, count: number, newestAt: number): TagSource {
  const moved = new Map<string, Tag>()
  // one digest hash per image; each release's digest varies its first eight digits (thousands of
  // full hashes per read would make reading a long history slow)
  const base = digestOf(repoId)
  const digest = (release: number, variant: string) => {
    // an odd multiplier mixes without collisions: every release and variant has its own first
    // eight digits; eight more from those, so short digests (twelve digits) differ throughout
    const first = Math.imul(release * VARIANTS.length + (variant ? 2 : 1), 0x9e3779b1) >>> 0
    const second = Math.imul(first ^ (first >>> 15), 0x85ebca6b) >>> 0
    const hex = (word: number) => word.toString(16).padStart(8, '0')
    return `sha256:${hex(first)}${hex(second)}${base.slice(23)}`
  }
  const tag = (name: string, release: number, variant: string): Tag => ({
    id: childUidp(repoId, `tag:${name}`),
    name,
    digest: digest(release, variant),
    lastUpdated: new Date(newestAt - release * RELEASE_STEP).toISOString(),
    deprecated: false,
    bundles: [],
  })
  let cached: Tag[] | undefined
  const written = (): Tag[] => {
    if (cached) return cached
    const tags: Tag[] = []
    for (let release = 0; tags.length < count; release++) {
      for (const variant of VARIANTS) {
        for (const name of namesOf(shape, release, variant)) {
          if (tags.length < count) tags.push(tag(name, release, variant))
        }
      }
    }
    cached = tags
    keep(() => (cached = undefined))
    return tags
  }
  return {
    moved,
    all() {
      const tags = written().map((written) => moved.get(written.name ?? '') ?? written)
      const names = new Set(tags.map((tag) => tag.name))
      for (const [name, tag] of moved) if (!names.has(name)) tags.push(tag)
      return tags
    },
    named(name) {
      const variant = VARIANTS.find((suffix) => name === `latest${suffix}`)
      if (variant !== undefined) return moved.get(name) ?? tag(name, 0, variant)
      return this.all().find((tag) => tag.name === name)
    },
  }
}
