/**
 * The registry's own public images (`chainguard/node`, …): the sources customized images are built
 * from. Anyone may read them, by the group's name or id, its images, tags, SBOMs, scans and sizes;
 * no user is a member (the organization switcher never lists it) and nobody may change them.
 */
import { addOrg } from './orgs'
import { catalogue as defaultCatalogue } from './seed/packages'
import type { SeedImage } from './seed/types'
import { addSeedRepo } from './seeding'
import { state } from './state'

/** The group the seeded images name as their source: `chainguard/<image>`. */
export const PUBLIC_GROUP = 'chainguard'

/**
 * The public group with an image for each of `images` and for the source of every other image the
 * seed gave a build config (so each customized image can be compared with its source). Its versions are
 * built from the catalogue's newest releases, as a customized image's builds are: the same tag of
 * the two differs by exactly what the build config added.
 */
export function seedPublicCatalogue(images: readonly SeedImage[], now: number): void {
  const id = addOrg(
    PUBLIC_GROUP,
    'Public images',
    { customAssembly: false, uniqueTags: false },
    () => defaultCatalogue,
  )
  const org = state.orgs.get(id)
  if (org) org.public = true
  const sources = new Map(images.map((image) => [image.name, image]))
  for (const record of state.repos.values()) {
    const { name } = record.source
    if (record.repo.customOverlay?.contents?.packages?.length && !sources.has(name))
      sources.set(name, record.source)
  }
  for (const image of sources.values()) {
    const record = addSeedRepo(id, image, now, image.name, () => 0)
    delete record.repo.sync_config
  }
}
