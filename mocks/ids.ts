/** Deterministic ids and digests: the same seed gives the same hex on every run. */

function fnv1a(input: string, salt: number): number {
  let hash = (0x811c9dc5 ^ salt) >>> 0
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  // final avalanche so near-identical seeds differ in every digit
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b) >>> 0
  hash ^= hash >>> 13
  return hash >>> 0
}

function hex(seed: string, length: number): string {
  let out = ''
  for (let salt = 0; out.length < length; salt++) out += fnv1a(seed, salt).toString(16).padStart(8, '0')
  return out.slice(0, length)
}

export const orgUidp = (name: string) => hex(`org:${name}`, 40)
export const childUidp = (parent: string, seed: string) => `${parent}/${hex(`${parent}:${seed}`, 16)}`
export const digestOf = (seed: string) => `sha256:${hex(`digest:${seed}`, 64)}`

/** A small stable number for a text, to spread seeded values (ages, durations, dates) by name. */
export function hash(text: string): number {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0
  return h
}
