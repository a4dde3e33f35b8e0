/** The parts of a repository (API `Repo`) these rules read; the domain layer imports nothing of ours. */
interface RepoLike {
  name?: string
  sync_config?: { source?: string }
}

/** The parts of a build config (API `CustomOverlay`) these rules read. */
interface OverlayLike {
  contents?: { packages?: string[] }
  environment?: Record<string, string>
  annotations?: Record<string, string>
  certificates?: { additional?: unknown[] }
}

/** The registry images are pulled from: every pull reference starts with it. */
export const REGISTRY_HOST = 'cgr.dev'
/** Where an organization's packages are served from (`<APK_REPOSITORY>/<org id>`). */
export const APK_REPOSITORY = `https://apk.${REGISTRY_HOST}`

/** The name of the image a repository is built from (`chainguard/node` → `node`). */
export function sourceName(repo: RepoLike): string | undefined {
  const source = repo.sync_config?.source?.trim()
  if (!source) return undefined
  return source.split('/').at(-1)?.split(':')[0] || undefined
}

/** A repository's source as users read it, e.g. `chainguard/node`. */
export function sourceLabel(repo: RepoLike): string | undefined {
  const source = repo.sync_config?.source?.trim()
  if (!source) return undefined
  const host = `${REGISTRY_HOST}/`
  return source.startsWith(host) ? source.slice(host.length) : source
}

/** Whether the build config adds anything to the source image. */
export function hasCustomizations(overlay: OverlayLike | undefined): boolean {
  if (!overlay) return false
  return Boolean(
    overlay.contents?.packages?.length ||
    Object.keys(overlay.environment ?? {}).length ||
    Object.keys(overlay.annotations ?? {}).length ||
    overlay.certificates?.additional?.length,
  )
}

/** Images made with Custom Assembly ("Create a new image") carry a name of their own. */
export function isCreatedImage(repo: RepoLike): boolean {
  const source = sourceName(repo)
  return source !== undefined && source !== repo.name
}

export function pullReference(orgName: string, imageName: string, ref: { tag: string } | { digest: string }) {
  const base = `${REGISTRY_HOST}/${orgName}/${imageName}`
  return 'tag' in ref ? `${base}:${ref.tag}` : `${base}@${ref.digest}`
}

/** `sha256:abcdef…` → `sha256:abcdef123456` (12 hex characters, as registries show digests). */
export function shortDigest(digest: string | undefined): string {
  if (!digest) return ''
  const [algorithm, hex] = digest.includes(':') ? digest.split(':', 2) : ['sha256', digest]
  return `${algorithm}:${(hex ?? '').slice(0, 12)}`
}
