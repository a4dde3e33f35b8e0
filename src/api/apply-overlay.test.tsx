import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import * as db from '../../mocks/db'
import { useApplyOverlay } from './apply-overlay'
import { createQueryClient } from './query-client'

function wrapper() {
  const client = createQueryClient({ retry: false })
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
}

function redis() {
  const orgId = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id ?? ''
  const repo = db.listRepos({ childrenOf: orgId, name: 'redis' })[0]
  if (!repo?.id || !repo.name) throw new Error('no redis')
  const imageNames = db.listRepos({ childrenOf: orgId }).flatMap((each) => (each.name ? [each.name] : []))
  return { orgId, repo: { ...repo, id: repo.id, name: repo.name }, imageNames }
}

const overlay = { contents: { packages: ['curl'] } }

describe('useApplyOverlay', () => {
  it('applies to the image itself by default, and says so', async () => {
    const options = redis()
    const { result } = renderHook(() => useApplyOverlay(options), { wrapper: wrapper() })
    expect(result.current.choice).toMatchObject({ target: 'current', name: '', nameError: null })
    let sent = false
    await act(async () => {
      sent = await result.current.submit(overlay)
    })
    expect(sent).toBe(true)
    expect(result.current.applied).toEqual({ imageName: 'redis', created: false })
    expect(db.listRepos({ id: options.repo.id })[0]?.customOverlay).toEqual(overlay)
    act(() => result.current.dismiss())
    expect(result.current.applied).toBeNull()
  })

  it('checks a new image’s name, creates it from the same source, then starts over from the usual choice', async () => {
    const options = redis()
    const { result } = renderHook(() => useApplyOverlay(options), { wrapper: wrapper() })
    act(() => result.current.choice.onTarget('new'))
    expect(result.current.choice.nameError).toMatch(/Enter a name/)
    act(() => result.current.choice.onName('node'))
    expect(result.current.choice.nameError).toMatch(/already exists/)
    act(() => result.current.choice.onName('redis-tools'))
    expect(result.current.choice.nameError).toBeNull()
    await act(async () => {
      await result.current.submit(overlay)
    })
    expect(result.current.applied).toEqual({ imageName: 'redis-tools', created: true })
    expect(result.current.choice).toMatchObject({ target: 'current', name: '' })
    const created = db.listRepos({ childrenOf: options.orgId, name: 'redis-tools' })[0]
    expect(created?.customOverlay).toEqual(overlay)
    expect(created?.sync_config?.source).toBe(options.repo.sync_config?.source ?? 'redis')
  })

  it('keeps the failure and every choice when the request fails', async () => {
    const options = redis()
    const { result } = renderHook(() => useApplyOverlay(options), { wrapper: wrapper() })
    act(() => result.current.choice.onTarget('new'))
    act(() => result.current.choice.onName('redis-tools'))
    db.injectFault({ path: '/registry/v1/repos/', method: 'POST', answer: 409, message: 'taken', times: 1 })
    let sent = true
    await act(async () => {
      sent = await result.current.submit(overlay)
    })
    expect(sent).toBe(false)
    expect(result.current.applied).toBeNull()
    expect(result.current.error).toMatchObject({ status: 409, message: expect.stringMatching(/taken/) })
    expect(result.current.choice).toMatchObject({ target: 'new', name: 'redis-tools' })
  })
})
