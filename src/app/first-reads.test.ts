import { waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../mocks/db'
import { queries } from '../api/queries'
import { createQueryClient } from '../api/query-client'
import { readOrganizationEarly } from './first-reads'

/** The API paths (and queries) fetched so far, in order. */
function watchRequests() {
  const spy = vi.spyOn(globalThis, 'fetch')
  return () =>
    spy.mock.calls.map(([input]) => {
      const url = new URL(String(input), 'http://console.test')
      return decodeURIComponent(`${url.pathname}${url.search}`)
    })
}

afterEach(() => vi.unstubAllEnvs())

describe('the reads an organization’s pages start with, made as the console starts', () => {
  it('reads the organizations, then the features and images of the one the URL names', async () => {
    const acme = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id ?? ''
    const requests = watchRequests()
    const queryClient = createQueryClient({ retry: false })
    readOrganizationEarly(queryClient, `/${db.ORG_NAMES.default}/images/node`)
    await waitFor(() => expect(queryClient.getQueryData(queries.repos(acme).queryKey)).toBeDefined())
    expect(queryClient.getQueryData(queries.features(acme).queryKey)).toEqual({
      customAssembly: true,
      uniqueTags: false,
    })
    expect(requests()).toEqual([
      '/iam/v1/groups?uidp.inRoot=true',
      `/registry/v1/entitlements/${acme}:features`,
      `/registry/v1/repos?uidp.childrenOf=${acme}`,
    ])
  })

  it('reads only the organizations at the root, or for an organization not the user’s', async () => {
    for (const path of ['/', '/no-such-org/images', '/%E0%A4%A/images']) {
      const requests = watchRequests()
      const queryClient = createQueryClient({ retry: false })
      readOrganizationEarly(queryClient, path)
      await waitFor(() => expect(queryClient.getQueryData(queries.organizations().queryKey)).toBeDefined())
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(requests(), path).toEqual(['/iam/v1/groups?uidp.inRoot=true'])
      vi.restoreAllMocks()
    }
  })

  it('reads nothing in real mode before the user signs in', async () => {
    vi.stubEnv('VITE_API_URL', 'https://registry-api.example.test')
    const requests = watchRequests()
    readOrganizationEarly(createQueryClient({ retry: false }), `/${db.ORG_NAMES.default}/images`)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(requests()).toEqual([])
  })
})
