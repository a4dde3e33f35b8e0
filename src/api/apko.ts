import { apiFetch, pathId } from './client'
import { decode } from './decode'
import { apkoConfig } from './shapes'
import type { ApkoConfig } from './types'

/**
 * Resolves the image's apko configuration. With an empty config this is the source image as
 * published; its `contents.packages` are the packages a customization can never remove.
 */
export async function resolveConfig(
  repoId: string,
  config: ApkoConfig = {},
  options: { signal?: AbortSignal } = {},
): Promise<ApkoConfig> {
  const answer = await apiFetch(`/apko/v1/resolve/${pathId(repoId)}`, {
    method: 'POST',
    body: { config },
    signal: options.signal,
  })
  return decode('resolve the image’s configuration', apkoConfig, answer)
}
