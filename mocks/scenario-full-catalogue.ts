/** The `full-catalogue` scenario's additions to the default data: an organization of real size. */
import { settle } from './builds'
import { MINUTE } from './clock'
import { hash } from './ids'
import { memo } from './memo'
import { addOrg } from './orgs'
import { images as seedImages } from './seed/images'
import { catalogue } from './seed/packages'
import type { SeedImage, SeedPackage } from './seed/types'
import { addSeedRecord, pick, seedRound, seedTagAge } from './seeding'
import { state } from './state'
import { historyShape, streamVersions, tagHistory } from './tag-history'

/**
 * `umbrella.corp`, an organization entitled to the whole catalogue, next to the default three (so
 * acme.com stays the small one and the two can be compared in one run): `images` images named after
 * the catalogue's images and packages (`-fips`, `-iamguarded` and `-compat` ones past the first
 * round), `tags` tags in all, `busiest` with `busiestTags` of them; each image's streams (two
 * majors, standard and `-dev`) and its older releases at older digests. `builtImages` images, every
 * ninth by name, have a build config and a round of builds in the last 24 hours; the catalogue is the
 * generated one of `packages` packages.
 */
export const FULL_CATALOGUE = {
  org: 'umbrella.corp',
  images: 1_800,
  tags: 300_000,
  busiest: 'node',
  busiestTags: 3_000,
  builtImages: 200,
  packages: 20_000,
} as const

const NAME_SUFFIXES = ['', '-fips', '-iamguarded', '-compat']
const OCI_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
/** The most a history's length strays from the mean, either way. */
const TAG_COUNT_SPREAD = 100
/** The built images' rounds start this far apart, the newest this long ago. */
const BUILD_ROUND_GAP = 7 * MINUTE

/** The organization's image names, sorted: the seeded images' first, then catalogue origins. */
const fullCatalogueNames = memo((): string[] => {
  const bases = [
    ...new Set([
      ...seedImages.map((image) => image.name),
      ...catalogue.map((pkg) => pkg.origin).filter((origin) => OCI_NAME.test(origin)),
    ]),
  ]
  const names = NAME_SUFFIXES.flatMap((suffix) => bases.map((base) => `${base}${suffix}`))
  return names.slice(0, FULL_CATALOGUE.images).sort()
})

/** How many tags each image has: `busiestTags` for the busiest, the rest shared out around the mean. */
function tagCounts(names: readonly string[]): number[] {
  const others = names.filter((name) => name !== FULL_CATALOGUE.busiest)
  const rest = FULL_CATALOGUE.tags - FULL_CATALOGUE.busiestTags
  const mean = Math.floor(rest / others.length)
  let extra = rest - mean * others.length
  const counts = new Map<string, number>()
  others.forEach((name, index) => {
    // pairs stray by the same amount in opposite directions, so the total stays exact
    const pair = Math.floor(index / 2)
    const unpaired = index === others.length - 1 && others.length % 2 === 1
    const stray = unpaired ? 0 : hash(`pair:${pair}`) % TAG_COUNT_SPREAD
    counts.set(name, mean + (index % 2 === 0 ? stray : -stray) + (extra-- > 0 ? 1 : 0))
  })
  return names.map((name) => counts.get(name) ?? FULL_CATALOGUE.busiestTags)
}

const packageByName = memo(() => new Map(catalogue.map((pkg) => [pkg.name, pkg])))

/** The source image of `name`: a seeded image's package sets, versions of its own history. */
function sourceOf(name: string, index: number, versions: string[]): SeedImage {
  const own = seedImages.find((image) => image.name === name)
  const template = own ?? seedImages[index % seedImages.length]
  if (!template) throw new Error('no seeded images to model the catalogue on')
  const pkg = packageByName().get(name.replace(/-(fips|iamguarded|compat)$/, ''))
  return {
    ...template,
    name,
    description: own?.description ?? pkg?.description ?? `The ${name} image`,
    versions,
    variants: ['', '-dev'],
  }
}

export function seedFullCatalogue(now: number, catalogue: () => readonly SeedPackage[]): void {
  const orgId = addOrg(
    FULL_CATALOGUE.org,
    'Umbrella Corporation',
    { customAssembly: true, uniqueTags: false },
    catalogue,
  )
  const names = fullCatalogueNames()
  const counts = tagCounts(names)
  let built = 0
  names.forEach((name, index) => {
    const count = counts[index] ?? 0
    const shape = historyShape(name, count)
    const record = addSeedRecord(orgId, sourceOf(name, index, streamVersions(shape)), now, name)
    state.tagSources.set(record.repo.id, tagHistory(record.repo.id, shape, count, now - seedTagAge(name)))
    if (index % 9 !== 0) return
    built++
    record.repo.customOverlay = {
      contents: { packages: pick(['curl', 'jq', 'git', 'bash'].slice(0, 1 + (index % 4))) },
    }
    seedRound(record, now - built * BUILD_ROUND_GAP)
  })
  settle()
}
