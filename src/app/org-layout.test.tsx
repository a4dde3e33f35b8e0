import { screen, waitFor } from '@testing-library/react'
import { delay, http } from 'msw'
import { expect, it } from 'vitest'
import * as db from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderRoute } from '../test/render'

it('asks for an organization’s images beside its features, not after them', async () => {
  const asked: string[] = []
  server.use(
    // the features never answer: the page waits for them, its images are on their way all the same
    http.get(/\/registry\/v1\/entitlements\//, async () => {
      asked.push('features')
      await delay('infinite')
    }),
    // noted, then answered by the mock registry as usual (a handler that answers nothing falls through)
    http.get(/\/registry\/v1\/repos$/, () => {
      asked.push('images')
    }),
  )
  renderRoute(`/${db.ORG_NAMES.default}/images`)
  expect(await screen.findByText('Loading organization…')).toBeInTheDocument()
  await waitFor(() => expect(asked).toEqual(expect.arrayContaining(['features', 'images'])))
})
