/**
 * The large organization's catalogue: the standard one grown to any size (20,000 packages in the
 * mocks) with generated, realistic-looking packages, recipe by recipe.
 */
import { buildFamilies, type Family, type Recipe, type VersionStyle } from './package-families'
import { BOTH, byName, catalogue } from './packages'
import { hashString, random, seedRandom } from './random'
import type { SeedPackage } from './types'

const pick = <T>(list: readonly T[], fallback: T): T => list[Math.floor(random() * list.length)] ?? fallback
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1))

function makeVersion(style: VersionStyle): string {
  switch (style) {
    case 'calver':
      return `${int(2021, 2025)}.${int(1, 12)}.${int(0, 28)}`
    case 'perl':
      return `${int(0, 3)}.${String(int(1, 9999)).padStart(random() < 0.5 ? 2 : 4, '0')}`
    case 'short':
      return `${int(1, 4)}.${int(0, 20)}`
    default: {
      const major = random() < 0.35 ? 0 : int(1, random() < 0.8 ? 5 : 40)
      return `${major}.${int(0, 30)}.${int(0, 15)}`
    }
  }
}

interface Prepared {
  families: Family[]
  /** first recipe index of each family */
  offsets: Uint32Array
  /** family of each recipe index */
  familyOf: Uint16Array
  /** recipe indices in a fixed shuffled order */
  order: Uint32Array
  catalogueByName: Map<string, SeedPackage>
}

let prepared: Prepared | undefined

function prepare(): Prepared {
  const families = buildFamilies()
  const offsets = new Uint32Array(families.length)
  let total = 0
  families.forEach((f, i) => {
    offsets[i] = total
    total += f.size
  })
  const familyOf = new Uint16Array(total)
  families.forEach((f, i) => familyOf.fill(i, offsets[i] ?? 0, (offsets[i] ?? 0) + f.size))
  const order = new Uint32Array(total)
  for (let i = 0; i < total; i++) order[i] = i
  // Fisher–Yates with a fixed seed, so every call sees the same order
  seedRandom(0x5eed2025)
  for (let i = total - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const a = order[i] ?? 0
    order[i] = order[j] ?? 0
    order[j] = a
  }
  return { families, offsets, familyOf, order, catalogueByName: new Map(catalogue.map((p) => [p.name, p])) }
}

/** Appends a recipe's packages not yet `taken`, up to `target`; `round` > 1 gives numbered variants. */
function emitRecipe(
  recipe: Recipe,
  catalogueByName: ReadonlyMap<string, SeedPackage>,
  round: number,
  taken: Set<string>,
  out: SeedPackage[],
  target: number,
): void {
  seedRandom(hashString(recipe.origin))
  const base = catalogueByName.get(recipe.base ?? recipe.origin)
  const version = recipe.version ?? base?.version ?? makeVersion(recipe.style)
  const epoch = base?.epoch ?? (random() < 0.6 ? 0 : int(1, 6))
  const license = base?.license ?? pick(recipe.licenses, 'MIT')
  const archs = recipe.archs ?? BOTH
  const suffix = round === 1 ? '' : String(round)
  const origin = base && !recipe.base ? recipe.origin : recipe.origin + suffix
  const packages = recipe.packages
  for (let i = 0; i + 1 < packages.length && out.length < target; i += 2) {
    const name = `${packages[i]}${suffix}`
    if (taken.has(name)) continue
    taken.add(name)
    out.push({
      name,
      version,
      epoch,
      description: packages[i + 1] ?? '',
      license,
      origin,
      archs: archs.slice(),
    })
  }
}

const clonePackage = (p: SeedPackage): SeedPackage => ({ ...p, archs: p.archs.slice() })

/**
 * The catalogue grown to `count` packages (never fewer than the whole catalogue): every catalogue package
 * plus generated ones, recipe by recipe (a main package with its subpackages), sorted by name.
 * Deterministic, and smaller results are subsets of larger ones. Past the end of the generated families
 * it adds numbered variants (`py3.12-foo2`).
 */
export function generateCatalogue(count: number): SeedPackage[] {
  if (!Number.isFinite(count)) throw new RangeError(`generateCatalogue: count must be finite, got ${count}`)
  const target = Math.max(catalogue.length, Math.floor(count))
  const out = catalogue.map(clonePackage)
  if (out.length >= target) return out
  prepared ??= prepare()
  const { families, offsets, familyOf, order, catalogueByName } = prepared
  const taken = new Set(catalogueByName.keys())
  for (let round = 1; out.length < target; round++) {
    for (let k = 0; k < order.length && out.length < target; k++) {
      const index = order[k] ?? 0
      const f = familyOf[index] ?? 0
      const fam = families[f]
      if (fam) emitRecipe(fam.recipe(index - (offsets[f] ?? 0)), catalogueByName, round, taken, out, target)
    }
  }
  return out.sort(byName)
}
