import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { createQueryClient } from '../api/query-client'
import { App } from '../app/app'
import { routes } from '../app/routes'

/** Renders the real route tree at a URL, on the mock backend, with a fresh query client. */
export function renderRoute(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const queryClient = createQueryClient({ retry: false })
  const user = userEvent.setup()
  const view = render(<App queryClient={queryClient} router={router} />)
  return { ...view, user, router, queryClient }
}
