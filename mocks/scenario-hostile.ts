/** The `hostile` scenario's additions to the default data (the data itself is in seed/hostile.ts). */
import { isChildOf } from '../src/domain/uidp'
import { planBuildLog } from './build-logs'
import { settle } from './builds'
import { DAY, HOUR } from './clock'
import { childUidp } from './ids'
import { HOSTILE_IMAGES, HOSTILE_OVERLAY, withHostileLines } from './seed/hostile'
import { imageByName } from './seed/images'
import { addSeedRepo, createSeedImage, pick, seedRound } from './seeding'
import { state } from './state'

/** See {@link HOSTILE_IMAGES}. Written as the API could send it, past the console's name rules. */
export function seedHostile(orgId: string, now: number): void {
  const { markup, rtl, script } = HOSTILE_IMAGES
  createSeedImage(orgId, rtl.name, rtl.source, pick(['curl']), now - 2 * HOUR)
  createSeedImage(orgId, script.name, script.source, pick(['jq']), now - 4 * HOUR)
  const source = imageByName.get(markup.source)
  if (!source) return
  const record = addSeedRepo(orgId, source, now - 3 * HOUR, markup.name)
  record.repo.description = markup.description
  record.repo.createTime = new Date(now - 2 * DAY).toISOString()
  record.repo.customOverlay = {
    contents: { packages: ['hostile-html', ...pick(['curl'])] },
    annotations: { ...HOSTILE_OVERLAY.annotations },
    environment: { ...HOSTILE_OVERLAY.environment },
  }
  seedRound(record, now - HOUR, { planLog: (plan) => withHostileLines(planBuildLog(plan)) })
  settle()
  const latest = [...state.tags.values()].find(
    (tag) => tag.name === 'latest' && isChildOf(tag.id ?? '', record.repo.id),
  )
  for (const name of markup.tags) {
    const id = childUidp(record.repo.id, `tag:${name}`)
    state.tags.set(id, { ...latest, id, name, deprecated: false, bundles: [] })
  }
}
