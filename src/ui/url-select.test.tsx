import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router'
import { expect, it } from 'vitest'
import { UrlSelect } from './url-select'

/** A page whose navigations wait for its loader, as a page whose next data takes a while. */
function pageWithSlowLoader() {
  let release = () => {}
  function Page() {
    const [params, setParams] = useSearchParams()
    return (
      <>
        <UrlSelect
          aria-label="Status"
          value={params.get('status') ?? ''}
          onChange={(status) => setParams(status ? { status } : {}, { replace: true })}
        >
          <option value="">All statuses</option>
          <option value="failed">Failed</option>
          <option value="succeeded">Succeeded</option>
        </UrlSelect>
        <p>URL status: {params.get('status') ?? 'none'}</p>
      </>
    )
  }
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Page />,
        loader: ({ request }) =>
          new URL(request.url).search ? new Promise<null>((done) => (release = () => done(null))) : null,
      },
    ],
    { initialEntries: ['/'] },
  )
  return { router, release: () => release() }
}

it('shows the choice at once while the URL catches up, then follows the URL', async () => {
  const user = userEvent.setup()
  const { router, release } = pageWithSlowLoader()
  render(<RouterProvider router={router} />)
  const status = await screen.findByRole('combobox', { name: 'Status' })

  await user.selectOptions(status, 'failed')
  // the navigation waits for the page's data: the URL has not changed, the choice shows all the same
  expect(screen.getByText('URL status: none')).toBeInTheDocument()
  expect(status).toHaveValue('failed')

  await act(async () => release())
  expect(await screen.findByText('URL status: failed')).toBeInTheDocument()
  expect(status).toHaveValue('failed')

  // a change of the URL made elsewhere (a link, Back) is shown as it is
  await act(async () => {
    const going = router.navigate('/?status=succeeded')
    release()
    await going
  })
  expect(await screen.findByText('URL status: succeeded')).toBeInTheDocument()
  expect(status).toHaveValue('succeeded')
})
