/** Stable numbers for the seed data: a hash per name, and a seeded PRNG. */

/** FNV-1a, for stable per-name seeds */
export function hashString(input: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

/**
 * mulberry32, a small seeded PRNG. Its state is module-level so that seeding one per recipe
 * allocates nothing (generateCatalogue(20000) seeds it ~10,000 times).
 */
let rngState = 0

export function seedRandom(seed: number): void {
  rngState = seed >>> 0
}

/** next float in [0, 1) */
export function random(): number {
  rngState = (rngState + 0x6d2b79f5) >>> 0
  let t = rngState
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
