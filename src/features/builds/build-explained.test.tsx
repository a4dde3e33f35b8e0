import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import type { BuildReport } from '../../api/types'
import { buildVersion } from '../../domain/build-version'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

// happy-dom lays nothing out; give elements a size so the virtualized log renders lines.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
})

function repoId(name: string) {
  const org = db.listGroups({ name: ORG })[0]?.id ?? ''
  const id = db.listRepos({ childrenOf: org, name })[0]?.id
  if (!id) throw new Error(`no ${name}`)
  return id
}

const shortId = (id: string | undefined) => id?.split('/').at(-1) ?? ''
const builds = (name: string) => db.listBuildReports({ descendantsOf: repoId(name), excludeLogs: true })

/** The last successful build of the same stream before `report`, as the registry holds them. */
function earlierOf(report: BuildReport, name: string) {
  const stream = buildVersion(report.config)
  return builds(name).find(
    (other) =>
      other.result === 'Success' &&
      buildVersion(other.config) === stream &&
      (other.startedAt ?? '') < (report.startedAt ?? ''),
  )
}

/** The version a report's locked configuration gives a package. */
function lockedVersion(report: BuildReport | undefined, name: string) {
  const packages = (JSON.parse(report?.lockedConfig ?? '{}') as { contents: { packages: string[] } }).contents
    .packages
  return packages.find((entry) => entry.startsWith(`${name}=`))?.slice(name.length + 1)
}

/** The registry's answers, each report passed through `change` first. */
function changeReports(change: (report: BuildReport) => BuildReport) {
  server.use(
    http.get(/\/registry\/v1\/buildreports$/, ({ request }) => {
      const url = new URL(request.url)
      const reports = db.listBuildReports({
        descendantsOf: url.searchParams.get('uidp.descendantsOf') ?? undefined,
        ids: url.searchParams.getAll('uidp.ids'),
        excludeLogs: url.searchParams.get('excludeLogs') === 'true',
      })
      return HttpResponse.json({ reports: reports.map(change) })
    }),
  )
}

/** nginx (curl and jq added 20 hours ago) gets htop too; its new builds run to success. */
function addHtopToNginx() {
  const id = repoId('nginx')
  db.updateRepo(id, {
    ...db.listRepos({ id })[0],
    customOverlay: { contents: { packages: ['curl', 'jq', 'htop'] } },
  })
  db.clock.advance(10 * 60_000)
  const [newest] = builds('nginx')
  return { newest, earlier: newest && earlierOf(newest, 'nginx') }
}

describe('a build explained', () => {
  it('a successful build offers What changed, from its stream’s previous digest to its own', async () => {
    const { newest, earlier } = addHtopToNginx()
    expect(newest?.result).toBe('Success')
    expect(earlier?.digest).toBeDefined()

    const { user, router } = renderRoute(`/${ORG}/images/nginx/builds`)
    const table = await screen.findByRole('table', { name: 'Builds of nginx' })
    const link = await within(table).findByRole('link', { name: `What changed in ${shortId(newest?.id)}` })
    const href = new URL(link.getAttribute('href') ?? '', 'http://console')
    expect(href.pathname).toBe(`/${ORG}/images/nginx/compare`)
    expect(href.searchParams.get('from')).toBe(earlier?.digest)
    expect(href.searchParams.get('to')).toBe(newest?.digest)
    // the earlier round had no successful build of its stream before it in the last 24 hours
    expect(within(table).queryByRole('link', { name: `What changed in ${shortId(earlier?.id)}` })).toBeNull()

    await user.click(link)
    // Compare's code loads first
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${ORG}/images/nginx/compare`))
    expect(router.state.location.search).toBe(href.search)
    expect(await screen.findByRole('heading', { name: /^Packages added/ })).toBeInTheDocument()
  })

  it('the drawer’s Details and Changes, as tabs kept in the URL, with the log kept as it was', async () => {
    const { newest, earlier } = addHtopToNginx()
    const build = shortId(newest?.id)

    const { user, router } = renderRoute(`/${ORG}/images/nginx/builds/${build}?status=success`)
    const drawer = await screen.findByRole('dialog', { name: build })
    const log = await within(drawer).findByRole('log', { name: `Log of build ${build}` })
    expect(within(drawer).getByRole('tab', { name: 'Log' })).toHaveAttribute('aria-selected', 'true')
    expect(within(drawer).getByLabelText('Build summary')).toContainElement(
      within(drawer).getByRole('link', { name: `What changed in ${build}` }),
    )

    await user.click(within(drawer).getByRole('tab', { name: 'Details' }))
    expect(router.state.location.search).toBe('?status=success&part=details')
    const details = within(drawer).getByRole('tabpanel', { name: 'Details' })
    expect(details).toHaveTextContent(`apko version${newest?.apkoVersion ?? ''}`)
    expect(details).toHaveTextContent('The build reported no warnings.')
    const locked = within(details).getByRole('region', { name: 'Locked packages' })
    expect(within(locked).getByRole('row', { name: `htop ${lockedVersion(newest, 'htop')}` })).toBeVisible()
    // the log is hidden, not gone: its place and search come back with it
    expect(log).not.toBeVisible()

    within(drawer).getByRole('tab', { name: 'Details' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(router.state.location.search).toBe('?status=success&part=changes')
    expect(within(drawer).getByRole('tab', { name: 'Changes' })).toHaveFocus()
    const changes = within(drawer).getByRole('tabpanel', { name: 'Changes' })
    expect(changes).toHaveTextContent(`Compared with build ${shortId(earlier?.id)}`)
    const added = within(changes).getByRole('region', { name: 'Packages added' })
    expect(within(added).getByRole('row', { name: `htop ${lockedVersion(newest, 'htop')}` })).toBeVisible()
    expect(within(changes).getByRole('region', { name: 'Packages removed' })).toHaveTextContent('None.')

    await user.keyboard('{Home}')
    expect(router.state.location.search).toBe('?status=success')
    expect(within(drawer).getByRole('log', { name: `Log of build ${build}` })).toBe(log)
    expect(log).toBeVisible()

    await user.click(within(drawer).getByRole('tab', { name: 'Details' }))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${ORG}/images/nginx/builds`))
    expect(router.state.location.search).toBe('?status=success')
  })

  it('"/" from the drawer’s Details or Changes shows the log, its search ready to type in', async () => {
    const { newest } = addHtopToNginx()
    const build = shortId(newest?.id)
    const { user, router } = renderRoute(`/${ORG}/images/nginx/builds/${build}?part=changes`)
    const drawer = await screen.findByRole('dialog', { name: build })
    const changes = await within(drawer).findByRole('tabpanel', { name: 'Changes' })
    changes.focus()

    // as in a browser, outside the test's batching of React's work: the next key may come in the
    // same task, so the search box must hold the focus once the key's handler returns
    const react = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
    const batching = react.IS_REACT_ACT_ENVIRONMENT
    react.IS_REACT_ACT_ENVIRONMENT = false
    try {
      changes.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }))
      expect(within(drawer).getByRole('searchbox', { name: 'Search the log' })).toHaveFocus()
    } finally {
      react.IS_REACT_ACT_ENVIRONMENT = batching
    }
    expect(router.state.location.search).toBe('')
    expect(within(drawer).getByRole('log', { name: `Log of build ${build}` })).toBeVisible()
    await user.keyboard('htop')
    expect(within(drawer).getByRole('searchbox', { name: 'Search the log' })).toHaveValue('htop')
  })

  it('a failed build: the known cause names the package added since the last success, read from the list', async () => {
    db.reset('build-fails')
    const { conflict } = db.FAILED_BUILDS
    const [failed] = builds(conflict.image)
    const earlier = failed && earlierOf(failed, conflict.image)
    expect(failed?.result).toBe('Failure')
    expect(earlier).toBeDefined()
    const logsAsked: string[] = []
    const onRequest = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      if (url.pathname.endsWith('/buildreports') && url.searchParams.get('excludeLogs') !== 'true')
        logsAsked.push(...url.searchParams.getAll('uidp.ids'))
    }
    server.events.on('request:start', onRequest)
    try {
      const build = shortId(failed?.id)
      const { user, router } = renderRoute(`/${ORG}/images/${conflict.image}/builds/${build}`)
      const drawer = await screen.findByRole('dialog', { name: build })
      const cause = await within(drawer).findByRole('region', { name: 'What went wrong' })
      expect(cause).toHaveTextContent(`${conflict.added} was added since the last successful build.`)
      await user.click(within(cause).getByRole('link', { name: 'Show the changes' }))
      expect(router.state.location.search).toBe('?part=changes')
      const changes = within(drawer).getByRole('tabpanel', { name: 'Changes' })
      await waitFor(() => expect(changes).toHaveFocus())
      const added = within(changes).getByRole('region', { name: 'Packages added' })
      expect(within(added).getByRole('row', { name: new RegExp(`^${conflict.added} `) })).toBeVisible()
      expect(changes).toHaveTextContent(`Compared with build ${shortId(earlier?.id)}`)
      // the earlier build's locked configuration came with the list: its log was never asked for
      expect(logsAsked).toEqual(logsAsked.map(() => failed?.id))
      expect(logsAsked.length).toBeGreaterThan(0)
    } finally {
      server.events.removeListener('request:start', onRequest)
    }
  })

  it('says in words what it cannot tell: no earlier success, no locked list, a list that is not JSON', async () => {
    db.reset('build-fails')
    const [notFound] = builds(db.FAILED_BUILDS.notFound.image)
    const build = shortId(notFound?.id)
    const view = renderRoute(`/${ORG}/images/${db.FAILED_BUILDS.notFound.image}/builds/${build}?part=details`)
    let drawer = await screen.findByRole('dialog', { name: build })
    expect(await within(drawer).findByRole('tab', { name: 'Details' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(within(drawer).getByRole('tabpanel', { name: 'Details' })).toHaveTextContent(
      'This build stopped before its packages were resolved, so it has no locked package list.',
    )
    await view.user.click(within(drawer).getByRole('tab', { name: 'Changes' }))
    expect(within(drawer).getByRole('tabpanel', { name: 'Changes' })).toHaveTextContent(
      `No earlier successful build of ${buildVersion(notFound?.config) ?? ''} in the last 24 hours to compare with.`,
    )
    view.unmount()

    const { conflict } = db.FAILED_BUILDS
    const [failed] = builds(conflict.image)
    const earlier = failed && earlierOf(failed, conflict.image)
    const unreadable = (report: BuildReport) =>
      report.id === failed?.id ? { ...report, lockedConfig: 'contents:\n  packages: [curl]' } : report
    changeReports(unreadable)
    const python = renderRoute(`/${ORG}/images/${conflict.image}/builds/${shortId(failed?.id)}?part=changes`)
    drawer = await screen.findByRole('dialog', { name: shortId(failed?.id) })
    expect(await within(drawer).findByRole('tabpanel', { name: 'Changes' })).toHaveTextContent(
      'This build’s locked configuration could not be read, so nothing can be compared.',
    )
    await python.user.click(within(drawer).getByRole('tab', { name: 'Details' }))
    expect(within(drawer).getByRole('tabpanel', { name: 'Details' })).toHaveTextContent(
      'This build’s locked configuration could not be read, so its packages cannot be listed.',
    )
    // the known cause stands, without a claim on what changed
    await python.user.click(within(drawer).getByRole('tab', { name: 'Log' }))
    expect(await within(drawer).findByRole('region', { name: 'What went wrong' })).not.toHaveTextContent(
      'added since',
    )
    python.unmount()

    changeReports((report) => (report.id === earlier?.id ? { ...report, lockedConfig: undefined } : report))
    renderRoute(`/${ORG}/images/${conflict.image}/builds/${shortId(failed?.id)}?part=changes`)
    drawer = await screen.findByRole('dialog', { name: shortId(failed?.id) })
    expect(await within(drawer).findByRole('tabpanel', { name: 'Changes' })).toHaveTextContent(
      `The locked configuration of build ${shortId(earlier?.id)} could not be read, so nothing can be compared.`,
    )
  })
})
