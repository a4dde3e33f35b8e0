import { apiFetch, pathId } from './client'
import type { Features } from './types'

/** Which registry features (Custom Assembly among them) the organization is entitled to. */
export function getFeatures(orgId: string, options: { signal?: AbortSignal } = {}): Promise<Features> {
  return apiFetch<Features>(`/registry/v1/entitlements/${pathId(orgId)}:features`, {
    signal: options.signal,
  })
}
