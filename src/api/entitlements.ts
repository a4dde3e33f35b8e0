import { apiFetch, pathId } from './client'
import { decode } from './decode'
import { features } from './shapes'
import type { Features } from './types'

/** Which registry features (Custom Assembly among them) the organization is entitled to. */
export async function getFeatures(orgId: string, options: { signal?: AbortSignal } = {}): Promise<Features> {
  const answer = await apiFetch(`/registry/v1/entitlements/${pathId(orgId)}:features`, {
    signal: options.signal,
  })
  return decode('get the organization’s features', features, answer)
}
