/**
 * Fields of the API's `CustomOverlay` that the build config document does not show, as `build edit`
 * does not: accounts, the runtime repositories and keyring, certificate providers. The console keeps
 * them as they are when it applies a document; the section rules never see them.
 */
import type { OverlayDoc } from './build-config-rules'
import { isRecord } from './is-record'

/** Per section, the fields beyond the document (`whole`: the section itself). */
const BEYOND_DOCUMENT: Readonly<Record<string, readonly string[] | 'whole'>> = {
  accounts: 'whole',
  contents: ['runtimeRepositories', 'runtimeKeyring'],
  certificates: ['providers'],
}

/** A `CustomOverlay` split into the part the document covers and the fields beyond it. */
export function splitOverlay(value: unknown): { document: unknown; beyond: Record<string, unknown> } {
  if (!isRecord(value)) return { document: value, beyond: {} }
  const document: Record<string, unknown> = {}
  const beyond: Record<string, unknown> = {}
  for (const [key, section] of Object.entries(value)) {
    const fields = BEYOND_DOCUMENT[key]
    if (fields === 'whole') beyond[key] = section
    else if (fields && isRecord(section)) {
      const inside = Object.entries(section)
      const outer = inside.filter(([inner]) => fields.includes(inner))
      if (outer.length) beyond[key] = Object.fromEntries(outer)
      if (outer.length < inside.length || !outer.length)
        document[key] = Object.fromEntries(inside.filter(([inner]) => !fields.includes(inner)))
    } else document[key] = section
  }
  return { document, beyond }
}

/** What is wrong with the fields beyond the document, in the rules' words (the shapes the API takes). */
export function beyondDocumentProblems(beyond: Record<string, unknown>): string[] {
  const problems: string[] = []
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string')
  const contents = isRecord(beyond.contents) ? beyond.contents : {}
  const certificates = isRecord(beyond.certificates) ? beyond.certificates : {}
  if ('accounts' in beyond && !isRecord(beyond.accounts))
    problems.push('accounts: must be a map (runAs, users, groups)')
  if ('runtimeRepositories' in contents && !strings(contents.runtimeRepositories))
    problems.push('contents.runtimeRepositories: must be a list of repository URLs')
  if (
    'runtimeKeyring' in contents &&
    !(
      Array.isArray(contents.runtimeKeyring) &&
      contents.runtimeKeyring.every(
        (entry) => isRecord(entry) && typeof entry.name === 'string' && typeof entry.content === 'string',
      )
    )
  )
    problems.push('contents.runtimeKeyring: must be a list of keys, each with a name and a content')
  if ('providers' in certificates && !strings(certificates.providers))
    problems.push('certificates.providers: must be a list of names')
  return problems
}

/**
 * The overlay to send when applying an edited document: the edited sections, laid over the fields
 * of the saved overlay the document does not cover (`accounts`, `contents.runtimeRepositories`,
 * `contents.runtimeKeyring`, `certificates.providers`), so applying never drops those.
 */
export function withUncoveredFields(
  saved: unknown,
  edited: OverlayDoc,
): OverlayDoc & Record<string, unknown> {
  const result: Record<string, unknown> = { ...splitOverlay(saved).beyond }
  for (const [key, value] of Object.entries(edited)) {
    if (value === undefined) continue
    const kept = result[key]
    result[key] = isRecord(kept) && isRecord(value) ? { ...kept, ...value } : value
  }
  return result as OverlayDoc & Record<string, unknown>
}
