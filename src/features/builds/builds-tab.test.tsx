import { act, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { buildVersion } from '../../domain/build-version'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

// happy-dom lays nothing out; give elements a size so the virtualized log renders lines.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
})

function repoNamed(name: string) {
  const org = db.listGroups({ name: ORG })[0]?.id ?? ''
  const repo = db.listRepos({ childrenOf: org, name })[0]
  if (!repo?.id) throw new Error(`no ${name}`)
  return repo as typeof repo & { id: string }
}

/** Saves packages on an image, as the Customize dialog would; the registry starts builds. */
function customize(name: string, packages: string[]) {
  const repo = repoNamed(name)
  db.updateRepo(repo.id, { ...repo, customOverlay: { contents: { packages } } })
  db.clock.advance(1000)
  return repo.id
}

const shortId = (id: string | undefined) => id?.split('/').at(-1) ?? ''

/** The builds table once its rows (not the loading skeleton) are there. */
async function buildsTable(image: string) {
  const table = await screen.findByRole('table', { name: `Builds of ${image}` })
  await within(table).findAllByRole('link')
  return table
}

describe('Builds tab', () => {
  it('lists builds newest first with version, status, digest, duration and created', async () => {
    renderRoute(`/${ORG}/images/nginx/builds`)
    const table = await buildsTable('nginx')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['ID', 'Version', 'Status', 'Digest', 'Duration', 'Created'])
    expect(screen.getByText(/Builds of the last 24 hours/)).toBeInTheDocument()
    const reports = db.listBuildReports({ descendantsOf: repoNamed('nginx').id, excludeLogs: true })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(reports.length)
    expect(rows[0]).toHaveTextContent(shortId(reports[0]?.id))
    expect(rows[0]).toHaveTextContent('Success')
    expect(rows[0]).toHaveTextContent(/\d+m \d+s/)
    // the newest build of each stream produced the digest its tags point at
    expect(within(table).getAllByText('latest').length).toBeGreaterThan(0)
  })

  it('says so when there are no builds, and when loading fails (with a retry)', async () => {
    const view = renderRoute(`/${ORG}/images/redis/builds`)
    expect(await screen.findByText('No builds in the last 24 hours')).toBeInTheDocument()
    view.unmount()

    db.injectFault({
      path: '/registry/v1/buildreports',
      answer: 503,
      message: 'builds are resting',
      times: 1,
    })
    const { user } = renderRoute(`/${ORG}/images/nginx/builds`)
    expect(await screen.findByRole('alert')).toHaveTextContent('builds are resting')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await buildsTable('nginx')).toBeInTheDocument()
  })

  it('shows the version stream a failed or running build was building, in the table, its filter and the drawer', async () => {
    const repoId = customize('redis', ['nodejs-20', 'nodejs-22'])
    const streams = db
      .listBuildReports({ descendantsOf: repoId, excludeLogs: true })
      .filter((report) => !report.completedAt)
      .map((report) => ({ id: shortId(report.id), version: buildVersion(report.config) ?? '' }))
    expect(streams.length).toBeGreaterThan(1)
    expect(streams.every((stream) => stream.version !== '')).toBe(true)
    db.clock.advance(10 * 60_000)
    const { user, router } = renderRoute(`/${ORG}/images/redis/builds`)
    const table = await buildsTable('redis')
    for (const { id, version } of streams) {
      const row = within(table).getByRole('link', { name: id }).closest('tr')
      expect(row).toHaveTextContent('Failed')
      expect(within(row as HTMLElement).getByText(version)).toBeVisible()
    }
    const [first] = streams
    await user.type(screen.getByRole('searchbox', { name: 'Filter by version' }), first?.version ?? '')
    await waitFor(() => expect(within(table).queryByRole('link', { name: streams[1]?.id })).toBeNull())
    expect(within(table).getByRole('link', { name: first?.id })).toBeVisible()

    await user.click(within(table).getByRole('link', { name: first?.id }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/builds\/\w+$/))
    const drawer = await screen.findByRole('dialog', { name: first?.id })
    expect(await within(drawer).findByLabelText('Build summary')).toHaveTextContent(
      `Version${first?.version}`,
    )
  })

  it('filters by status and version in the URL, and sorts by column', async () => {
    customize('nginx', ['curl', 'jq', 'git'])
    const { user, router } = renderRoute(`/${ORG}/images/nginx/builds`)
    const table = await buildsTable('nginx')
    const all = within(table).getAllByRole('row').length - 1
    expect(within(table).getAllByText('Running').length).toBeGreaterThan(0)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'running')
    expect(router.state.location.search).toBe('?status=running')
    const running = within(table).getAllByRole('row').slice(1)
    expect(running.length).toBeLessThan(all)
    for (const row of running) expect(row).toHaveTextContent('Running')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '')
    await user.type(screen.getByRole('searchbox', { name: 'Filter by version' }), '-dev')
    await waitFor(() => expect(router.state.location.search).toBe('?version=-dev'))
    const dev = within(table).getAllByRole('row').slice(1)
    for (const row of dev) expect(row).toHaveTextContent('-dev')

    await user.clear(screen.getByRole('searchbox', { name: 'Filter by version' }))
    await user.click(within(table).getByRole('button', { name: 'Status' }))
    expect(within(table).getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Running')
  })

  it('refreshes by itself while a build runs, and stops when none does', async () => {
    const repoId = customize('redis', ['curl'])
    const listed: string[] = []
    const count = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      if (url.pathname === '/registry/v1/buildreports' && url.searchParams.get('excludeLogs'))
        listed.push(url.search)
    }
    server.events.on('request:start', count)
    try {
      renderRoute(`/${ORG}/images/redis/builds`)
      const table = await buildsTable('redis')
      expect(within(table).getAllByText('Running').length).toBeGreaterThan(0)
      db.clock.advance(10 * 60_000)
      await waitFor(() => expect(within(table).queryByText('Running')).not.toBeInTheDocument(), {
        timeout: 5000,
      })
      expect(within(table).getAllByText('Success').length).toBe(
        db.listBuildReports({ descendantsOf: repoId, excludeLogs: true }).length,
      )
      const settled = listed.length
      await act(() => new Promise((resolve) => setTimeout(resolve, 2600)))
      expect(listed.length).toBe(settled)
    } finally {
      server.events.removeListener('request:start', count)
    }
  }, 15_000)
})

describe('Log drawer', () => {
  function failedBuild() {
    const repoId = customize('redis', ['nodejs-20', 'nodejs-22'])
    db.clock.advance(10 * 60_000)
    const report = db.listBuildReports({ descendantsOf: repoId })[0]
    if (!report?.id || !report.log) throw new Error('no build')
    return { id: shortId(report.id), log: report.log }
  }

  it('opens from a row with the build in the URL; Escape closes it and goes back', async () => {
    const { user, router } = renderRoute(`/${ORG}/images/nginx/builds`)
    const table = await buildsTable('nginx')
    const link = within(table).getAllByRole('link')[0]
    const id = link?.textContent ?? ''
    await user.click(within(table).getAllByRole('row')[1]?.querySelector('td:nth-child(5)') as HTMLElement)
    const drawer = await screen.findByRole('dialog', { name: id })
    expect(router.state.location.pathname).toBe(`/${ORG}/images/nginx/builds/${id}`)
    expect(await within(drawer).findByLabelText('Build summary')).toHaveTextContent(/Status\s*Success/)
    expect(await within(drawer).findByRole('log', { name: `Log of build ${id}` })).toBeInTheDocument()

    await user.keyboard('{Escape}')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${ORG}/images/nginx/builds`))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('gives focus back to the ID link that opened it', async () => {
    const { user } = renderRoute(`/${ORG}/images/nginx/builds`)
    const link = within(await buildsTable('nginx')).getAllByRole('link')[0] as HTMLElement
    link.focus()
    await user.keyboard('{Enter}')
    const drawer = await screen.findByRole('dialog', { name: link.textContent ?? '' })
    await waitFor(() => expect(within(drawer).getByRole('log')).toHaveFocus())

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(link).toHaveFocus())
  })

  it('opens from a shared link, says when the build is unknown, and closes to the list', async () => {
    const { id } = failedBuild()
    const { user, router, unmount } = renderRoute(`/${ORG}/images/redis/builds/${id}`)
    const drawer = await screen.findByRole('dialog', { name: id })
    expect(await within(drawer).findByLabelText('Build summary')).toHaveTextContent(/Status\s*Failed/)
    await user.click(within(drawer).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${ORG}/images/redis/builds`))
    unmount()

    renderRoute(`/${ORG}/images/redis/builds/0123456789abcdef`)
    expect(await screen.findByText('Build not found')).toBeInTheDocument()
  })

  it('downloads the raw log as <image>-<build>.log', async () => {
    const { id, log } = failedBuild()
    let saved: { name: string; blob: Blob } | undefined
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = { name: '', blob: blob as Blob }
      return 'blob:log'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (saved) saved.name = this.download
    })
    const { user } = renderRoute(`/${ORG}/images/redis/builds/${id}`)
    const drawer = await screen.findByRole('dialog', { name: id })
    await user.click(await within(drawer).findByRole('button', { name: 'Download' }))
    expect(create).toHaveBeenCalledOnce()
    expect(click).toHaveBeenCalledOnce()
    expect(saved?.name).toBe(`redis-${id}.log`)
    expect(await saved?.blob.text()).toBe(log)
  })

  it('explains a file conflict and steps through the errors by permalink', async () => {
    const { id, log } = failedBuild()
    const lines = log.split('\n')
    const errorNumbers = lines.flatMap((line, index) => (line.includes('[ERROR]') ? [index + 1] : []))
    const { user, router } = renderRoute(`/${ORG}/images/redis/builds/${id}`)
    const drawer = await screen.findByRole('dialog', { name: id })
    const explanation = await within(drawer).findByRole('region', { name: 'What went wrong' })
    expect(explanation).toHaveTextContent('Two packages install the same file')
    expect(explanation).toHaveTextContent('nodejs-20 and nodejs-22 both install /usr/bin/node.')

    await user.click(within(drawer).getByRole('button', { name: 'Jump to first error' }))
    expect(router.state.location.hash).toBe(`#L${errorNumbers[0]}`)
    expect(within(drawer).getByText(`Error 1 of ${errorNumbers.length}`)).toBeInTheDocument()
    await user.click(within(drawer).getByRole('button', { name: 'Next error' }))
    expect(router.state.location.hash).toBe(`#L${errorNumbers[1]}`)
    await user.click(within(drawer).getByRole('button', { name: 'Previous error' }))
    expect(router.state.location.hash).toBe(`#L${errorNumbers[0]}`)
  })

  it('searches every line with "N of M", Enter and Shift+Enter, and a case toggle', async () => {
    const { id, log } = failedBuild()
    const expected = log
      .split('\n')
      .map((line) => line.replace(/^\S+?\[[A-Z]+\]/, ''))
      .reduce((sum, text) => sum + (text.toLowerCase().split('fetching').length - 1), 0)
    const { user } = renderRoute(`/${ORG}/images/redis/builds/${id}`)
    const drawer = await screen.findByRole('dialog', { name: id })
    await within(drawer).findByRole('log')
    await user.keyboard('/')
    const search = within(drawer).getByRole('searchbox', { name: 'Search the log' })
    expect(search).toHaveFocus()
    await user.type(search, 'Fetching')
    expect(await within(drawer).findByText(`1 of ${expected}`)).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(within(drawer).getByText(`2 of ${expected}`)).toBeInTheDocument()
    await user.keyboard('{Shift>}{Enter}{/Shift}{Shift>}{Enter}{/Shift}')
    expect(within(drawer).getByText(`${expected} of ${expected}`)).toBeInTheDocument()
    expect(drawer.querySelectorAll('mark.current')).toHaveLength(1)

    await user.click(within(drawer).getByRole('button', { name: 'Match case' }))
    expect(await within(drawer).findByText('No matches')).toBeInTheDocument()
  })
})
