import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { http, HttpResponse } from 'msw'
import * as db from '../../mocks/db'
import { server } from '../../mocks/node'
import { useCatalogue } from './catalogue'
import { useApplyBuildConfig, useCreateImage } from './mutations'
import { createQueryClient } from './query-client'
import { ApiError } from './client'

function wrapper() {
  const client = createQueryClient({ retry: false })
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
}

function orgId(name: string) {
  const id = db.listGroups({ name })[0]?.id
  if (!id) throw new Error(`no org ${name}`)
  return id
}

describe('useCatalogue', () => {
  it('loads every page of the large organization in the background, with progress', async () => {
    const progress: string[] = []
    const { result } = renderHook(
      () => {
        const catalogue = useCatalogue(orgId(db.ORG_NAMES.large))
        progress.push(`${catalogue.packages.length} of ${catalogue.total ?? '?'}`)
        return catalogue
      },
      { wrapper: wrapper() },
    )
    await waitFor(() => expect(result.current.complete).toBe(true), { timeout: 10_000 })
    // the checklist could show partial progress while the pages arrived
    expect(progress).toContain('1000 of 20000')
    expect(progress.at(-1)).toBe('20000 of 20000')
    expect(result.current.packages).toHaveLength(20_000)
    expect(new Set(result.current.packages.map((p) => p.packageName)).size).toBe(20_000)
  })

  it('lists a name the registry repeats once, and stops at a page token it has already followed', async () => {
    const pages: Record<string, unknown> = {
      '': { items: [{ packageName: 'curl' }, { packageName: 'jq' }], nextPageToken: 'b', totalCount: '3' },
      b: { items: [{ packageName: 'jq' }, { packageName: 'git' }], nextPageToken: 'b', totalCount: '3' },
    }
    let reads = 0
    server.use(
      http.get(/\/apk\/v1\/package-summaries$/, ({ request }) => {
        reads++
        return HttpResponse.json(pages[new URL(request.url).searchParams.get('pageToken') ?? ''] ?? {})
      }),
    )
    const { result } = renderHook(() => useCatalogue(orgId(db.ORG_NAMES.default)), { wrapper: wrapper() })
    await waitFor(() => expect(result.current.complete).toBe(true))
    expect(result.current.packages.map((pkg) => pkg.packageName)).toEqual(['curl', 'jq', 'git'])
    expect(reads).toBe(2)
  })

  it('stops on a failed page, keeps what it has, and resumes on retry', async () => {
    db.injectFault({ path: '/apk/v1/package-summaries', answer: 503, times: 1 })
    const { result } = renderHook(() => useCatalogue(orgId(db.ORG_NAMES.default)), { wrapper: wrapper() })
    await waitFor(() => expect(result.current.error).toBeInstanceOf(ApiError))
    act(() => result.current.retry())
    await waitFor(() => expect(result.current.complete).toBe(true))
    expect(result.current.packages.length).toBe(result.current.total)
  })
})

describe('build config mutations', () => {
  it('saves the build config of the current image, and the registry starts builds', async () => {
    const org = orgId(db.ORG_NAMES.default)
    const repo = db.listRepos({ childrenOf: org, name: 'redis' })[0]
    const id = repo?.id
    if (!repo || !id) throw new Error('no redis')
    const { result } = renderHook(() => useApplyBuildConfig(org), { wrapper: wrapper() })
    await act(() =>
      result.current.mutateAsync({
        repo: { ...repo, id },
        overlay: { contents: { packages: ['curl'] } },
      }),
    )
    expect(db.listRepos({ id })[0]?.customOverlay?.contents?.packages).toEqual(['curl'])
    const builds = db.listBuildReports({ descendantsOf: id, excludeLogs: true })
    expect(builds.length).toBeGreaterThan(0)
    expect(builds.every((build) => !build.completedAt)).toBe(true)
  })

  it('refuses a new image whose name exists, with the registry’s 409 message', async () => {
    const org = orgId(db.ORG_NAMES.default)
    const { result } = renderHook(() => useCreateImage(org), { wrapper: wrapper() })
    await expect(
      result.current.mutateAsync({
        name: 'node',
        source: 'chainguard/node',
        overlay: { contents: { packages: ['curl'] } },
      }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/already exists/) })
  })
})
