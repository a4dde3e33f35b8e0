import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

/** when an image's `latest` tag last moved, as the mocks hold it */
function latestUpdate(name: string): string {
  const org = db.listGroups({ name: ORG })[0]?.id
  const repo = db.listRepos({ childrenOf: org, name })[0]
  return db.listTags({ childrenOf: repo?.id, name: 'latest' })[0]?.lastUpdated ?? ''
}

/** The cell of `row` in the column headed `header` (on a phone the time shows under the latest tag too). */
function cellUnder(row: HTMLElement, header: string): HTMLElement {
  const table = row.closest('table')
  if (!table) throw new Error('no table')
  const column = within(table)
    .getAllByRole('columnheader')
    .findIndex((cell) => cell.textContent?.startsWith(header))
  const cell = within(row).getAllByRole('cell')[column]
  if (!cell) throw new Error(`no ${header} cell`)
  return cell
}

function rowNames() {
  const table = screen.getByRole('table', { name: `Images of ${ORG}` })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).queryAllByRole('link')[0]?.textContent)
}

describe('Organization Images', () => {
  it('lands on the first organization from /', async () => {
    const { router } = renderRoute('/')
    expect(await screen.findByRole('heading', { name: 'Organization Images' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/${ORG}/images`)
  })

  it('lists every image with its latest tag, pull URL and last update, customized ones marked', async () => {
    renderRoute(`/${ORG}/images`)
    const node = await screen.findByRole('link', { name: 'node' })
    const row = node.closest('tr')
    if (!row) throw new Error('no row for node')
    expect(await within(row).findByText('24.1.0')).toBeInTheDocument()
    expect(within(row).getByText(`cgr.dev/${ORG}/node:latest`)).toBeInTheDocument()
    expect(within(row).getByRole('button', { name: 'Copy pull URL of node' })).toBeInTheDocument()
    expect(within(cellUnder(row, 'Last updated')).getByText(/ago$/)).toBeInTheDocument()
    expect(within(row).queryByText('Customized')).not.toBeInTheDocument()

    const python = screen.getByRole('link', { name: 'python' }).closest('tr')
    if (!python) throw new Error('no row for python')
    expect(within(python).getByText('Customized')).toBeInTheDocument()
    expect(within(python).getByText('Based on chainguard/python')).toBeInTheDocument()

    const created = screen.getByRole('link', { name: 'node-with-tools' }).closest('tr')
    if (!created) throw new Error('no row for node-with-tools')
    expect(within(created).getByText('Based on chainguard/node')).toBeInTheDocument()
    expect(screen.getByText(/21 images\./)).toBeInTheDocument()
  })

  it('shows the images before their last updates are in, and each one’s when they come', async () => {
    let answer = () => {}
    const held = new Promise<void>((resolve) => (answer = resolve))
    // the organization's `latest` tags wait; the mock registry answers them once let go
    server.use(
      http.get(/\/registry\/v1\/tags$/, async ({ request }) => {
        if (new URL(request.url).searchParams.get('name') === 'latest') await held
      }),
    )
    renderRoute(`/${ORG}/images`)
    const row = (await screen.findByRole('link', { name: 'node' })).closest('tr')
    if (!row) throw new Error('no row for node')
    expect(await within(row).findByText('24.1.0')).toBeInTheDocument()
    expect(within(row).queryAllByText(/ago$/)).toHaveLength(0)
    expect(rowNames()).toHaveLength(21)

    answer()
    expect(await within(cellUnder(row, 'Last updated')).findByText(/ago$/)).toBeInTheDocument()
  })

  it('filters by name from the search box, and "/" focuses it', async () => {
    const { user, router } = renderRoute(`/${ORG}/images`)
    await screen.findByRole('link', { name: 'node' })
    const search = screen.getByRole('searchbox', { name: 'Search images' })
    await user.keyboard('/')
    expect(search).toHaveFocus()
    await user.keyboard('no')
    expect(rowNames()).toEqual(['node', 'node-with-tools'])
    expect(screen.getByText('2 of 21 shown')).toHaveAttribute('role', 'status')
    expect(router.state.location.search).toBe('?q=no')

    await user.clear(search)
    await user.type(search, 'zzz')
    expect(screen.getByText('No matching images')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(rowNames()).toHaveLength(21)
  })

  it('sorts by column, and the order survives in the URL', async () => {
    const { user, router } = renderRoute(`/${ORG}/images`)
    await screen.findByRole('link', { name: 'node' })
    expect(rowNames()[0]).toBe('bash')
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ })
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')

    await user.click(screen.getByRole('button', { name: /Name/ }))
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
    expect(rowNames()[0]).toBe('wolfi-base')

    await user.click(screen.getByRole('button', { name: /Last updated/ }))
    expect(screen.getByRole('columnheader', { name: /Last updated/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    expect(router.state.location.search).toBe('?sort=updated&dir=desc')
    // newest first: python and nginx got builds hours ago, every image's latest tag moved 1 to 40 hours ago
    const updated = rowNames().map((name) => latestUpdate(name ?? ''))
    expect(updated).toEqual([...updated].sort().reverse())
    // the latest tag is read row by row, so its column does not sort
    expect(screen.getByRole('columnheader', { name: 'Latest tag' })).not.toHaveAttribute('aria-sort')
  })

  it('opens an image from its row', async () => {
    const { user, router } = renderRoute(`/${ORG}/images`)
    await user.click(await screen.findByRole('link', { name: 'redis' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'redis' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/${ORG}/images/redis`)
  })

  it('says so when the organization has no images', async () => {
    db.reset('empty-org')
    renderRoute(`/${ORG}/images`)
    expect(await screen.findByRole('heading', { name: 'No images yet' })).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('shows the server’s message when the list fails, and retries', async () => {
    db.injectFault({ path: '/registry/v1/repos', answer: 503, message: 'The registry is resting.', times: 1 })
    // the latest tags, read beside the list, take their time
    db.injectFault({ path: '/registry/v1/tags', query: 'name=latest', answer: 503, delayMs: 5_000, times: 1 })
    const { user } = renderRoute(`/${ORG}/images`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the images')
    expect(alert).toHaveTextContent('The registry is resting.')
    // offered at once: the tags still on their way are no retry
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('link', { name: 'node' })).toBeInTheDocument()
  })

  it('switches organization from the switcher, the org in the URL', async () => {
    const { user, router } = renderRoute(`/${ORG}/images`)
    await screen.findByRole('link', { name: 'node' })
    // the menu's code loads as the pointer comes over its button, whose place the menu's own button
    // (Radix marks its state) takes; clicked before, it opens as the code arrives (lazy-menu.test.tsx)
    const switcher = () => screen.getByRole('button', { name: /Switch organization/ })
    await user.hover(switcher())
    await waitFor(() => expect(switcher()).toHaveAttribute('data-state', 'closed'))
    await user.click(switcher())
    const current = await screen.findByRole('menuitemradio', { name: ORG })
    expect(current).toHaveAttribute('aria-checked', 'true')
    await user.click(screen.getByRole('menuitemradio', { name: db.ORG_NAMES.noCustomAssembly }))
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/${db.ORG_NAMES.noCustomAssembly}/images`),
    )
    expect(await screen.findByText(/8 images\./)).toBeInTheDocument()
  })

  it('explains an unknown organization', async () => {
    renderRoute('/no-such-org/images')
    expect(await screen.findByRole('heading', { name: 'Organization not found' })).toBeInTheDocument()
  })
})
