import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { parentOf } from '../../domain/uidp'
import { groupTagsByDigest } from '../../domain/versions'
import { WINDOWED_FROM } from '../../ui/data-table'
import { renderRoute } from '../../test/render'

const { FULL_CATALOGUE } = db
const ORG = FULL_CATALOGUE.org

function orgId(): string {
  return db.listGroups({ name: ORG })[0]?.id ?? ''
}

/** the organization's images, as the mocks hold them */
const images = () => db.listRepos({ childrenOf: orgId() })

/** Every request the page makes from now on, as URLs. */
function recordRequests(): URL[] {
  const urls: URL[] = []
  server.events.on('request:start', ({ request }) => void urls.push(new URL(request.url)))
  return urls
}

const table = () => screen.getByRole('table', { name: `Images of ${ORG}` })
const bodyRows = (element: HTMLElement) =>
  within(element)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('aria-rowindex') && row.getAttribute('aria-rowindex') !== '1')
const firstName = () => within(bodyRows(table())[0] as HTMLElement).getAllByRole('link')[0]?.textContent

describe(`Organization Images of ${ORG} (${FULL_CATALOGUE.images} images)`, () => {
  beforeEach(() => db.reset('full-catalogue'))
  afterEach(() => server.events.removeAllListeners('request:start'))

  it('reads every image’s latest tag in one call and a summary per row drawn, never every tag', async () => {
    const requests = recordRequests()
    renderRoute(`/${ORG}/images`)
    expect(
      await screen.findByText(`${FULL_CATALOGUE.images.toLocaleString('en')} images.`, { exact: false }),
    ).toBeInTheDocument()
    const drawn = bodyRows(table())
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.length).toBeLessThan(WINDOWED_FROM)
    expect(table()).toHaveAttribute('aria-rowcount', String(FULL_CATALOGUE.images + 1))
    await waitFor(() => expect(within(table()).getAllByText(/^\d+\.\d+\.\d+$/)).toHaveLength(drawn.length))

    const tagReads = requests.filter((url) => url.pathname === '/registry/v1/tags')
    expect(tagReads.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { 'uidp.descendantsOf': orgId(), name: 'latest', excludeReferrers: 'true' },
    ])
    const summaries = requests.filter((url) => url.pathname.startsWith('/registry/v1/repotagssummary/'))
    expect(summaries).toHaveLength(drawn.length)
  })

  it('finds by search an image far down the list, and sorts all of them, not only those drawn', async () => {
    const { user } = renderRoute(`/${ORG}/images`)
    await screen.findByText(`${FULL_CATALOGUE.images.toLocaleString('en')} images.`, { exact: false })
    const names = images().map((repo) => repo.name ?? '')
    const last = names.at(-1) ?? ''
    expect(firstName()).toBe(names[0])

    await user.click(screen.getByRole('button', { name: /Name/ }))
    expect(firstName()).toBe(last)

    const nameOf = new Map(images().map((repo) => [repo.id, repo.name ?? '']))
    const newest = db
      .listTags({ descendantsOf: orgId(), name: 'latest' })
      .map((tag) => ({ name: nameOf.get(parentOf(tag.id ?? '')) ?? '', at: tag.lastUpdated ?? '' }))
      .reduce((a, b) => (b.at > a.at || (b.at === a.at && b.name < a.name) ? b : a))
    await user.click(screen.getByRole('button', { name: /Last updated/ }))
    expect(firstName()).toBe(newest.name)

    await user.click(screen.getByRole('searchbox', { name: 'Search images' }))
    await user.paste(last)
    expect(within(table()).getByRole('link', { name: last })).toBeInTheDocument()
  })

  it(`draws a window of the ${FULL_CATALOGUE.busiestTags}-tag image’s versions and filters all of them`, async () => {
    const { user } = renderRoute(`/${ORG}/images/${FULL_CATALOGUE.busiest}`)
    const versions = await screen.findByRole('table', { name: `Versions of ${FULL_CATALOGUE.busiest}` })
    const repoId = images().find((repo) => repo.name === FULL_CATALOGUE.busiest)?.id
    const all = groupTagsByDigest(db.listTags({ childrenOf: repoId }))
    await waitFor(() => expect(versions).toHaveAttribute('aria-rowcount', String(all.length + 1)))
    expect(bodyRows(versions).length).toBeLessThan(WINDOWED_FROM)

    const oldest = all.at(-1)?.tags[0] ?? ''
    expect(within(versions).queryByRole('button', { name: `Copy pull command for ${oldest}` })).toBeNull()
    await user.click(screen.getByRole('searchbox', { name: 'Filter versions' }))
    await user.paste(oldest)
    expect(
      await within(versions).findByRole('button', { name: `Copy pull command for ${oldest}` }),
    ).toBeInTheDocument()
  })
})
