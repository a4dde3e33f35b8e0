/** What applying a build config would change, in words, for the confirmation before it is applied. */
import type { OverlayInput } from './build-config-write'
import { inspectCertificate } from './certificates'

/**
 * What applying `after` in place of `before` changes, in words:
 * `packages +2 −1; environment +1 ~1; annotations +1; certificates +1 (CN=Example Internal CA, expires 2027-03-01)`.
 * Sections without a change are left out; `no changes` when there are none.
 */
export function describePlan(
  before: OverlayInput | undefined,
  after: OverlayInput | undefined,
  now = Date.now(),
): string {
  const parts: string[] = []
  const packages = counts(
    new Set(before?.contents?.packages ?? []),
    new Set(after?.contents?.packages ?? []),
    () => false,
  )
  if (packages) parts.push(`packages ${packages}`)
  for (const section of ['environment', 'annotations'] as const) {
    const was = new Map(Object.entries(before?.[section] ?? {}))
    const is = new Map(Object.entries(after?.[section] ?? {}))
    const change = counts(new Set(was.keys()), new Set(is.keys()), (key) => was.get(key) !== is.get(key))
    if (change) parts.push(`${section} ${change}`)
  }
  const was = new Map(
    (before?.certificates?.additional ?? []).map((entry) => [entry.name ?? '', entry.content ?? '']),
  )
  const is = new Map(
    (after?.certificates?.additional ?? []).map((entry) => [entry.name ?? '', entry.content ?? '']),
  )
  const changed = (name: string): boolean => was.get(name) !== is.get(name)
  const certificates = counts(new Set(was.keys()), new Set(is.keys()), changed)
  if (certificates) {
    const shown = [...is]
      .filter(([name]) => !was.has(name) || changed(name))
      .map(([name, content]) => certificateSummary(name, content, now))
    parts.push(`certificates ${certificates}${shown.length ? ` (${shown.join('; ')})` : ''}`)
  }
  return parts.length ? parts.join('; ') : 'no changes'
}

const MINUS = '\u2212'

function counts(before: Set<string>, after: Set<string>, changed: (key: string) => boolean): string {
  const added = [...after].filter((key) => !before.has(key)).length
  const removed = [...before].filter((key) => !after.has(key)).length
  const modified = [...after].filter((key) => before.has(key) && changed(key)).length
  return [added && `+${added}`, modified && `~${modified}`, removed && `${MINUS}${removed}`]
    .filter(Boolean)
    .join(' ')
}

function certificateSummary(name: string, content: string, now: number): string {
  const inspected = inspectCertificate(name, content, now)
  if ('error' in inspected) return `${name}: not a readable certificate`
  const { info } = inspected
  const commonName = /(?:^|, )(CN=(?:[^,\\]|\\.)*)/.exec(info.subject)?.[1] ?? (info.subject || name)
  return `${commonName}, ${info.expired ? 'expired' : 'expires'} ${info.notAfter.slice(0, 10)}`
}
