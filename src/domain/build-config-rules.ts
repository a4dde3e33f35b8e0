/**
 * Build config rules, shared by the console (inline errors) and the mock backend (400 answers).
 * Every problem names the field and says why, in words a user understands.
 */

export interface Problem {
  /** dotted path of the field, e.g. `environment.CHAINGUARD_X` */
  path: string
  message: string
}

/** The parts of a build config (API `CustomOverlay`) these rules check. */
export interface OverlayLike {
  contents?: { packages?: unknown }
  environment?: unknown
  annotations?: unknown
}

export interface RuleContext {
  /** whether the organization may add this package */
  isEntitled: (name: string) => boolean
}

const RESERVED_ANNOTATION_PREFIXES = ['org.opencontainers', 'dev.chainguard']
const RESERVED_ENV_PREFIX = 'CHAINGUARD_'
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

export function packageProblems(packages: unknown, context: RuleContext): Problem[] {
  if (packages === undefined) return []
  if (!Array.isArray(packages))
    return [{ path: 'contents.packages', message: 'must be a list of package names' }]
  const problems: Problem[] = []
  const seen = new Set<string>()
  packages.forEach((name, index) => {
    const path = `contents.packages[${index}]`
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push({ path, message: 'must be a package name' })
    } else if (seen.has(name)) {
      problems.push({ path, message: `"${name}" is listed twice` })
    } else if (!context.isEntitled(name)) {
      problems.push({ path, message: `"${name}" is not a package this organization is entitled to` })
    }
    if (typeof name === 'string') seen.add(name)
  })
  return problems
}

export function environmentProblems(environment: unknown): Problem[] {
  if (environment === undefined) return []
  if (!isRecord(environment))
    return [{ path: 'environment', message: 'must be a map of variable names to values' }]
  const problems: Problem[] = []
  for (const [name, value] of Object.entries(environment)) {
    const path = `environment.${name}`
    if (name.toUpperCase().startsWith(RESERVED_ENV_PREFIX)) {
      problems.push({ path, message: `names starting with ${RESERVED_ENV_PREFIX} are reserved` })
    } else if (!ENV_NAME.test(name)) {
      problems.push({
        path,
        message: 'is not a valid variable name: use letters, digits and "_", not starting with a digit',
      })
    }
    if (typeof value !== 'string') {
      problems.push({ path, message: `must be a string; quote it: "${String(value)}"` })
    }
  }
  return problems
}

export function annotationProblems(annotations: unknown): Problem[] {
  if (annotations === undefined) return []
  if (!isRecord(annotations)) return [{ path: 'annotations', message: 'must be a map of keys to values' }]
  const problems: Problem[] = []
  for (const [key, value] of Object.entries(annotations)) {
    const path = `annotations.${key}`
    const reserved = RESERVED_ANNOTATION_PREFIXES.find((prefix) => key.toLowerCase().startsWith(prefix))
    if (reserved) problems.push({ path, message: `keys starting with "${reserved}" are reserved` })
    else if (key.trim() === '') problems.push({ path, message: 'the key must not be empty' })
    if (typeof value !== 'string') problems.push({ path, message: 'must be a string' })
  }
  return problems
}

/** Every problem of a build config; an empty list means it may be applied. */
export function overlayProblems(overlay: OverlayLike | undefined, context: RuleContext): Problem[] {
  if (overlay === undefined) return []
  return [
    ...packageProblems(overlay.contents?.packages, context),
    ...environmentProblems(overlay.environment),
    ...annotationProblems(overlay.annotations),
  ]
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
