/** The scenarios the mock backend starts from, and the default data every scenario builds on. */
import { clock, HOUR, isTestRun } from './clock'
import { addOrg, ORG_NAMES } from './orgs'
import { seedFailedBuilds } from './scenario-build-fails'
import { seedFullCatalogue } from './scenario-full-catalogue'
import { seedHostile } from './scenario-hostile'
import { seedHugeLog } from './scenario-huge-log'
import { hostilePackages } from './seed/hostile'
import { imageByName, images as seedImages } from './seed/images'
import { generateCatalogue } from './seed/generated-packages'
import { catalogue as defaultCatalogue } from './seed/packages'
import { memo } from './memo'
import { seedPublicCatalogue } from './public-catalogue'
import { addSeedRepo, createSeedImage, customize, pick } from './seeding'
import { clearState, state } from './state'

/**
 * - `default`: three organizations with seeded images, some customized, with recent builds; and, in
 *   every scenario, the public images they are built from (`chainguard`, public-catalogue.ts).
 * - `empty-org`: acme.com has no images.
 * - `server-errors`: the registry calls answer 503.
 * - `build-fails`: the default data plus, in acme.com, a failed newest round of builds on three images,
 *   one per cause (`FAILED_BUILDS`, scenario-build-fails.ts).
 * - `huge-log`: the default data plus, in acme.com, a newest build of `node` with a 200,000-line log
 *   (`HUGE_LOG`, scenario-huge-log.ts).
 * - `hostile`: the default data plus, in acme.com, images, packages, a build config and a build log
 *   whose text carries markup, scripts, ANSI escapes, RTL text, emoji, zero-width characters and a
 *   1 MB line (`HOSTILE_IMAGES`, seed/hostile.ts).
 * - `full-catalogue`: the default data plus umbrella.corp, an organization of real size: 1,800 images,
 *   300,000 tags, recent builds over 200 images (`FULL_CATALOGUE`, scenario-full-catalogue.ts).
 */
const SCENARIOS = [
  'default',
  'empty-org',
  'server-errors',
  'build-fails',
  'huge-log',
  'hostile',
  'full-catalogue',
] as const
export type Scenario = (typeof SCENARIOS)[number]
export const scenarioNames: readonly Scenario[] = SCENARIOS

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value)
}

/** Starts over from the seed data of a scenario. Tests call this before each test. */
export function reset(scenario: Scenario = 'default', options: { now?: number } = {}): void {
  if (isTestRun() || options.now !== undefined) clock.freeze(options.now ?? Date.now())
  clearState(scenario)
  seed()
}

export function currentScenario(): Scenario {
  return state.scenario
}

const LARGE_CATALOGUE_SIZE = 20_000
const largeCatalogue = memo(() => generateCatalogue(LARGE_CATALOGUE_SIZE))
const hostileCatalogue = memo(() => [...defaultCatalogue, ...hostilePackages])

/** The large organization's images: a service name, its source image and a number, e.g. `billing-node-01`. */
const LARGE_ORG_SERVICES = [
  'billing',
  'checkout',
  'search',
  'reports',
  'ledger',
  'auth',
  'gateway',
  'media',
  'notify',
  'tps',
]
const LARGE_ORG_CREATED_IMAGES = 100

function seed(): void {
  const now = clock.now()
  const acme = addOrg(
    ORG_NAMES.default,
    'Acme Corporation',
    { customAssembly: true, uniqueTags: false },
    state.scenario === 'hostile' ? hostileCatalogue : () => defaultCatalogue,
  )
  const globex = addOrg(
    ORG_NAMES.noCustomAssembly,
    'Globex',
    { customAssembly: false, uniqueTags: false },
    () => defaultCatalogue,
  )
  const initech = addOrg(
    ORG_NAMES.large,
    'Initech',
    { customAssembly: true, uniqueTags: true },
    largeCatalogue,
  )

  if (state.scenario !== 'empty-org') {
    for (const image of seedImages) addSeedRepo(acme, image, now)
    customize(acme, 'python', pick(['py3.13-requests', 'py3.12-requests', 'curl']), now - 3 * HOUR)
    customize(acme, 'nginx', pick(['curl', 'jq']), now - 20 * HOUR)
    createSeedImage(acme, 'node-with-tools', 'node', pick(['curl', 'git', 'jq']), now - 5 * HOUR)
    if (state.scenario === 'build-fails') seedFailedBuilds(acme, now)
    if (state.scenario === 'huge-log') seedHugeLog(acme, now)
    if (state.scenario === 'hostile') seedHostile(acme, now)
  }
  for (const name of ['node', 'python', 'go', 'nginx', 'postgres', 'redis', 'static', 'wolfi-base']) {
    const image = imageByName.get(name)
    if (image) addSeedRepo(globex, image, now)
  }
  for (const image of seedImages) addSeedRepo(initech, image, now)
  const services = LARGE_ORG_SERVICES
  for (let i = 0; i < LARGE_ORG_CREATED_IMAGES; i++) {
    const source = seedImages[i % seedImages.length]
    if (!source) continue
    const name = `${services[i % services.length]}-${source.name}-${String(Math.floor(i / services.length) + 1).padStart(2, '0')}`
    createSeedImage(
      initech,
      name,
      source.name,
      pick(['curl', 'jq', 'git', 'bash'].slice(0, 1 + (i % 4))),
      now - (i + 1) * HOUR,
    )
  }
  if (state.scenario === 'full-catalogue') seedFullCatalogue(now, largeCatalogue)
  seedPublicCatalogue(seedImages, now)
}
