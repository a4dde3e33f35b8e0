import { isRecord } from './is-record'

/** The OCI annotation a build's configuration carries with the version stream it builds, e.g. `22.15.0-dev`. */
export const VERSION_ANNOTATION = 'org.opencontainers.image.version'

/**
 * The version stream a build was building, read from its configuration (apko config as JSON):
 * what a failed or running build, which has no tags of its own, shows as its version.
 * Undefined when the configuration is absent, unreadable or does not say.
 */
export function buildVersion(config: string | undefined): string | undefined {
  if (!config) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(config)
  } catch {
    return undefined
  }
  if (!isRecord(parsed) || !isRecord(parsed.annotations)) return undefined
  const version = parsed.annotations[VERSION_ANNOTATION]
  return typeof version === 'string' && version.trim() ? version.trim() : undefined
}
