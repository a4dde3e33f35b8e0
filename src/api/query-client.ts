import { QueryClient } from '@tanstack/react-query'
import { isRetryable } from './client'
import { FRESH_MS } from './timing'

/** Retries only what can help (network trouble, 5xx, 429), twice, and never a mutation. */
export function createQueryClient(overrides: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: FRESH_MS,
        retry:
          overrides.retry === false ? false : (failureCount, error) => failureCount < 2 && isRetryable(error),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  })
}
