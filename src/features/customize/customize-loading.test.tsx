import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default
const PAGE_SIZE = 1000

// happy-dom lays nothing out; give elements a size so the virtualized checklist renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(360)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640)
})

/** The catalogue's pages the console asked for, and those answered, by page token ('' for the first). */
const asked: string[] = []
const answered: string[] = []
const catalogueRequest = (record: string[]) => (event: { request: Request }) => {
  const url = new URL(event.request.url)
  if (url.pathname === '/apk/v1/package-summaries') record.push(url.searchParams.get('pageToken') ?? '')
}
const onStart = catalogueRequest(asked)
const onEnd = catalogueRequest(answered)
beforeEach(() => {
  asked.length = 0
  answered.length = 0
  server.events.on('request:start', onStart)
  server.events.on('request:end', onEnd)
})
afterEach(() => {
  server.events.removeListener('request:start', onStart)
  server.events.removeListener('request:end', onEnd)
})

function catalogueSize(): number {
  const org = db.listGroups({ name: ORG })[0]?.id ?? ''
  return Number(db.listPackageSummaries({ descendantsOf: org }).totalCount)
}

describe('Customize Image: the catalogue loads ahead of the click', () => {
  it('asks for the first page once the image page is up, the other pages only on a sign of intent', async () => {
    renderRoute(`/${ORG}/images/redis`)
    await screen.findByRole('button', { name: 'Customize Image' })
    await waitFor(() => expect(answered).toEqual(['']))
    expect(asked).toEqual([''])
  })

  it('asks for the image’s resolved config once the page is up, so a click opens on its ticks at once', async () => {
    const resolves: string[] = []
    const onResolve = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.startsWith('/apko/v1/resolve/')) resolves.push(request.method)
    }
    server.events.on('request:end', onResolve)
    try {
      const { user } = renderRoute(`/${ORG}/images/redis`)
      const button = await screen.findByRole('button', { name: 'Customize Image' })
      await waitFor(() => expect(resolves).toEqual(['POST']))
      await user.click(button)
      const dialog = await screen.findByRole('dialog', { name: 'Customize Image' })
      await within(dialog).findByRole('group', { name: 'Packages' })
      expect(resolves).toEqual(['POST'])
    } finally {
      server.events.removeListener('request:end', onResolve)
    }
  })

  it.each([
    [
      'pointing at',
      (button: HTMLElement, user: ReturnType<typeof renderRoute>['user']) => user.hover(button),
    ],
    ['focusing', (button: HTMLElement) => act(() => button.focus())],
  ])(
    '%s "Customize Image" loads every page before the click; the dialog opens on all of them',
    async (_, intent) => {
      const total = catalogueSize()
      expect(total).toBeGreaterThan(PAGE_SIZE)
      const { user } = renderRoute(`/${ORG}/images/redis`)
      const button = await screen.findByRole('button', { name: 'Customize Image' })
      await intent(button, user)
      await waitFor(() => expect(answered).toHaveLength(Math.ceil(total / PAGE_SIZE)))
      const before = asked.length

      await user.click(button)
      const dialog = await screen.findByRole('dialog', { name: 'Customize Image' })
      expect(
        await within(dialog).findByText(new RegExp(`^0 selected · ${total} of ${total} shown$`)),
      ).toBeVisible()
      expect(asked).toHaveLength(before)
    },
  )
})
