import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

// happy-dom lays nothing out; give elements a size so the virtualized log renders lines.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
})

const LINES = 4000
const LONG_LOG = Array.from(
  { length: LINES },
  (_, line) => `2026-11-30T10:00:00.000Z[INFO]unpacked usr/lib/file-${line + 1}.so "quoted" \\ ok`,
).join('\n')

/**
 * A build's log of {@link LINES} lines, answered in two parts: the start of the answer (the report
 * and `firstChars` of its JSON), then, once `release` is called, the rest.
 */
function answerInTwoParts(firstChars: number) {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  server.use(
    http.get(/\/registry\/v1\/buildreports$/, async ({ request }) => {
      const url = new URL(request.url)
      const ids = url.searchParams.getAll('uidp.ids')
      if (!ids.length) return undefined
      const answer = JSON.parse(await new Response(await db.buildReportsJson({ ids })).text()) as {
        reports: { log?: string }[]
      }
      for (const report of answer.reports) report.log = LONG_LOG
      const text = JSON.stringify(answer)
      const encoder = new TextEncoder()
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode(text.slice(0, firstChars)))
          await released
          controller.enqueue(encoder.encode(text.slice(firstChars)))
          controller.close()
        },
      })
      return new Response(body, { headers: { 'Content-Type': 'application/json' } })
    }),
  )
  return release
}

async function openFirstBuild(url = `/${ORG}/images/nginx/builds`) {
  const view = renderRoute(url)
  const table = await screen.findByRole('table', { name: 'Builds of nginx' })
  const link = (await within(table).findAllByRole('link'))[0] as HTMLElement
  const id = link.textContent ?? ''
  await view.user.click(link)
  const drawer = await screen.findByRole('dialog', { name: id })
  return { ...view, drawer, id }
}

describe('a long log, shown from its first lines on while the rest arrives', () => {
  it('draws the first lines, says the rest is loading, then shows the whole log', async () => {
    const release = answerInTwoParts(60_000)
    const { drawer, id, user } = await openFirstBuild()

    const log = await within(drawer).findByRole('log', { name: `Log of build ${id}` })
    expect(await within(log).findByText(/file-1\.so "quoted" \\ ok/)).toBeInTheDocument()
    const statuses = within(drawer)
      .getAllByRole('status')
      .map((status) => status.textContent?.trim())
    expect(statuses).toContain('Loading the rest of the log…')
    // the summary the list knows is there, and nothing that needs the whole log
    expect(within(drawer).getByText('Status')).toBeInTheDocument()
    expect(within(drawer).getByRole('button', { name: 'Download' })).toBeDisabled()
    // a search over the start says more may come
    await user.type(within(drawer).getByRole('searchbox', { name: 'Search the log' }), `file-${LINES}.so`)
    await waitFor(() => expect(drawer.querySelector('.log-count')?.textContent).toMatch(/…$/))

    release()
    await waitFor(() => expect(within(drawer).queryByText('Loading the rest of the log…')).toBeNull())
    expect(within(drawer).getByRole('button', { name: 'Download' })).toBeEnabled()
    await waitFor(() => expect(drawer.querySelector('.log-count')).toHaveTextContent('1 of 1'))
    // the same log, not opened again: the search typed while it arrived is kept
    expect(within(drawer).getByRole('searchbox', { name: 'Search the log' })).toHaveValue(`file-${LINES}.so`)
  })

  it('does not call a linked line missing before the log has come whole, and opens on it once it has', async () => {
    const release = answerInTwoParts(60_000)
    const { drawer, router } = await openFirstBuild()
    await within(drawer).findByText('Loading the rest of the log…')
    const { pathname, search } = router.state.location
    await router.navigate(`${pathname}${search}#L${LINES - 10}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(within(drawer).queryByText(/does not exist/)).toBeNull()

    release()
    const log = within(drawer).getByRole('log')
    expect(await within(log).findByRole('link', { name: `Line ${LINES - 10}` })).toBeInTheDocument()
    expect(within(drawer).queryByText(/does not exist/)).toBeNull()
  })

  it('waits for a short log whole, as it always did', async () => {
    const release = answerInTwoParts(20_000)
    const { drawer } = await openFirstBuild()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(within(drawer).queryByRole('log')).toBeNull()
    expect(within(drawer).getByText('Loading the build log…')).toBeInTheDocument()
    release()
    expect(await within(drawer).findByRole('log')).toBeInTheDocument()
    expect(within(drawer).queryByText('Loading the rest of the log…')).toBeNull()
  })
})
