import { afterEach, describe, expect, it } from 'vitest'
import { ApiError, holdRequestsUntil } from './client'
import { listOrganizations } from './groups'
import { stubFetch } from '../test/fetch-stub'

afterEach(() => holdRequestsUntil(Promise.resolve()))

describe('requests held until the backend is ready (demo mode starts it beside the console)', () => {
  it('leave only once it is ready, and are answered then', async () => {
    const org = { id: 'a'.repeat(40), name: 'acme.com' }
    const spy = stubFetch({ items: [org] })
    let ready = () => {}
    holdRequestsUntil(new Promise<void>((resolve) => (ready = resolve)))
    const answer = listOrganizations()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(spy).not.toHaveBeenCalled()
    ready()
    await expect(answer).resolves.toEqual([org])
    expect(spy).toHaveBeenCalledTimes(1)
  })

  it('fail as unanswered when it cannot start, without leaving', async () => {
    const spy = stubFetch()
    const failed = Promise.reject(new Error('no service worker'))
    failed.catch(() => undefined)
    holdRequestsUntil(failed)
    await expect(listOrganizations()).rejects.toEqual(expect.any(ApiError))
    await expect(listOrganizations()).rejects.toMatchObject({ status: 0 })
    expect(spy).not.toHaveBeenCalled()
  })
})
