import { apiFetch, pathId } from './client'
import type { ApkoConfig } from './types'

/**
 * Resolves the image's apko configuration. With an empty config this is the source image as
 * published; its `contents.packages` are the packages a customization can never remove.
 */
export function resolveConfig(
  repoId: string,
  config: ApkoConfig = {},
  options: { signal?: AbortSignal } = {},
): Promise<ApkoConfig> {
  return apiFetch<ApkoConfig>(`/apko/v1/resolve/${pathId(repoId)}`, {
    method: 'POST',
    body: { config },
    signal: options.signal,
  })
}
