import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default
const { conflict, notFound, timeout } = db.FAILED_BUILDS

// happy-dom lays nothing out; give elements a size so the virtualized log renders lines.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
})

const orgId = () => db.listGroups({ name: ORG })[0]?.id ?? ''
const reports = () => db.listBuildReports({ descendantsOf: orgId(), excludeLogs: true })
const shortId = (id: string | undefined) => id?.split('/').at(-1) ?? ''

/** The organization's builds table once its rows (not the loading skeleton) are there. */
async function buildsTable() {
  const table = await screen.findByRole('table', { name: `Builds of ${ORG}` })
  await within(table).findAllByRole('link')
  return table
}
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)
/** the image each row names, in order */
const imagesOf = (table: HTMLElement) =>
  bodyRows(table).map((row) => within(row).getAllByRole('cell')[1]?.textContent)

describe('Organization Builds', () => {
  it('lists every image’s builds of the last 24 hours, newest first, with an Image column', async () => {
    renderRoute(`/${ORG}/builds`)
    expect(await screen.findByRole('heading', { name: 'Builds' })).toBeInTheDocument()
    const table = await buildsTable()
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['ID', 'Image', 'Version', 'Status', 'Digest', 'Duration', 'Created'])
    const listed = reports()
    expect(bodyRows(table)).toHaveLength(listed.length)
    expect(bodyRows(table)[0]).toHaveTextContent(shortId(listed[0]?.id))
    expect(new Set(imagesOf(table))).toEqual(new Set(['python', 'nginx', 'node-with-tools']))
    expect(screen.getByText(`${listed.length} of ${listed.length} builds`)).toBeInTheDocument()
    expect(screen.getByText(/Builds from .+ to now/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Builds' })).toHaveAttribute('aria-current', 'page')
  })

  it('filters by status, image and version, each kept in the URL, and clears them at once', async () => {
    db.reset('build-fails')
    const { user, router } = renderRoute(`/${ORG}/builds`)
    const table = await buildsTable()
    const failed = reports().filter((report) => report.result === 'Failure')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'failed')
    expect(router.state.location.search).toBe('?status=failed')
    expect(bodyRows(table)).toHaveLength(failed.length)
    expect(bodyRows(table).every((row) => within(row).queryByText('Failed'))).toBe(true)
    expect(new Set(imagesOf(table))).toEqual(new Set([conflict.image, notFound.image, timeout.image]))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Image' }), notFound.image)
    expect(new URLSearchParams(router.state.location.search).get('image')).toBe(notFound.image)
    const goFailed = failed.filter((report) => imageOf(report.id) === notFound.image)
    expect(bodyRows(table)).toHaveLength(goFailed.length)
    expect(screen.getByText(`${goFailed.length} of ${reports().length} builds`)).toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Filter by version' }), 'no-such-version')
    await waitFor(() => expect(router.state.location.search).toContain('version=no-such-version'))
    expect(await screen.findByText('No builds match')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(screen.getByRole('searchbox', { name: 'Filter by version' })).toHaveValue('')
    expect(bodyRows(await buildsTable())).toHaveLength(reports().length)
  })

  it('adds the 24 hours before with “Older builds”, and says which window is shown', async () => {
    const { user } = renderRoute(`/${ORG}/builds`)
    const table = await buildsTable()
    const recent = bodyRows(table).length
    const windowText = screen.getByText(/Builds from .+ to now/).textContent
    const now = db.clock.now()
    const older = db.listBuildReports({
      descendantsOf: orgId(),
      excludeLogs: true,
      startedSince: new Date(now - 48 * 3_600_000).toISOString(),
      startedBefore: new Date(now - 24 * 3_600_000).toISOString(),
    })
    expect(older.length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: 'Older builds' }))
    await waitFor(() => expect(bodyRows(table)).toHaveLength(recent + older.length))
    expect(screen.getByText(/Builds from .+ to now/).textContent).not.toBe(windowText)
    expect(table).toHaveTextContent(shortId(older[0]?.id))
  })

  it('opens a build’s log in the drawer at /:org/builds/:buildId, and closes back to the filtered list', async () => {
    db.reset('build-fails')
    const { user, router } = renderRoute(`/${ORG}/builds?status=failed`)
    const table = await buildsTable()
    const first = bodyRows(table)[0]
    if (!first) throw new Error('no failed build')
    const id = within(first).getAllByRole('cell')[0]?.textContent ?? ''
    await user.click(within(first).getByText('Failed'))
    expect(router.state.location.pathname).toBe(`/${ORG}/builds/${id}`)
    const drawer = await screen.findByRole('dialog', { name: id })
    expect(await within(drawer).findByRole('button', { name: 'Jump to first error' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${ORG}/builds`))
    expect(router.state.location.search).toBe('?status=failed')
  })

  it('opens a shared link to a build, and says when the build is not among those listed', async () => {
    const build = reports()[0]
    const view = renderRoute(`/${ORG}/builds/${shortId(build?.id)}`)
    // the drawer waits for the list, which tells whose build it is
    const drawer = await screen.findByRole('dialog', {
      name: shortId(build?.id),
      description: `Build of ${imageOf(build?.id)}`,
    })
    expect(await within(drawer).findByRole('log')).toBeInTheDocument()
    view.unmount()
    renderRoute(`/${ORG}/builds/0000000000000000`)
    expect(await screen.findByText('Build not found')).toBeInTheDocument()
  })
})

function imageOf(id: string | undefined): string {
  const repoId = id?.split('/').slice(0, 2).join('/')
  return db.listRepos({ childrenOf: orgId() }).find((repo) => repo.id === repoId)?.name ?? ''
}
