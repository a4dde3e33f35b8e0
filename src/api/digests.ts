import { ApiError, apiFetch, pathId, type Query } from './client'
import { decode, type Check } from './decode'
import { archs, sbom, size, vulnReport } from './shapes'
import type { Archs, Sbom, Size, VulnReport } from './types'

interface Options {
  signal?: AbortSignal
}

/**
 * One read about a version (digest) of an image: its answer, or null when the registry has none
 * (404): not made yet, or not there any more.
 */
async function readVersion<T>(
  call: string,
  shape: Check<T>,
  [repoId, digest, what]: [repoId: string, digest: string, what: string],
  options: Options & { query?: Query },
): Promise<T | null> {
  const path = `/registry/v1/repos/${pathId(repoId)}/digests/${encodeURIComponent(digest)}/${what}`
  try {
    return decode(call, shape, await apiFetch(path, { query: options.query, signal: options.signal }))
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/** The SBOM of one version of an image; null when there is none (yet). */
export function getSbom(repoId: string, digest: string, options: Options = {}): Promise<Sbom | null> {
  return readVersion('get the version’s package list', sbom, [repoId, digest, 'sbom'], options)
}

/** The vulnerability scan of one version; null when it has not been scanned (yet). */
export function getVulnReport(repoId: string, digest: string, options: Options = {}) {
  return readVersion<VulnReport>(
    'get the version’s vulnerability scan',
    vulnReport,
    [repoId, digest, 'vulnreport'],
    options,
  )
}

/** The size of one version for one architecture; null when it has no image for it. */
export function getSize(repoId: string, digest: string, arch: string, options: Options = {}) {
  return readVersion<Size>('get the version’s size', size, [repoId, digest, 'size'], {
    ...options,
    query: { arch },
  })
}

/** The architectures one version has images for (from its index); null when the registry has none. */
export function getArchs(repoId: string, digest: string, options: Options = {}) {
  return readVersion<Archs>(
    'get the version’s architectures',
    archs,
    [repoId, digest, 'architectures'],
    options,
  )
}
