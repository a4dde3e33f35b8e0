import { screen, waitFor, within } from '@testing-library/react'
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

describe('a build log asked for as its row is pressed', () => {
  it('a log asked for as the row is pressed and refused is shown refused, not asked for again', async () => {
    const { user } = renderRoute(`/${ORG}/images/nginx/builds`)
    const table = await screen.findByRole('table', { name: 'Builds of nginx' })
    await within(table).findAllByRole('link')
    const id = within(table).getAllByRole('link')[0]?.textContent ?? ''
    db.injectFault({ path: '/registry/v1/buildreports', query: 'uidp.ids=', answer: 409, times: Infinity })
    let asked = 0
    let answered = 0
    const start = ({ request }: { request: Request }) => {
      if (request.url.includes('uidp.ids=')) asked++
    }
    const end = ({ request }: { request: Request }) => {
      if (request.url.includes('uidp.ids=')) answered++
    }
    server.events.on('request:start', start)
    server.events.on('response:mocked', end)
    try {
      const cell = within(table).getAllByRole('row')[1]?.querySelector('td:nth-child(5)') as HTMLElement
      // the refusal arrives between the press and the click that opens the drawer
      await user.pointer({ keys: '[MouseLeft>]', target: cell })
      await waitFor(() => expect(answered).toBe(1))
      await user.pointer({ keys: '[/MouseLeft]', target: cell })
      const drawer = await screen.findByRole('dialog', { name: id })
      const alert = await within(drawer).findByRole('alert')
      expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(asked).toBe(1)

      db.clearFaults()
      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      expect(await within(drawer).findByRole('log', { name: `Log of build ${id}` })).toBeInTheDocument()
      expect(asked).toBe(2)
    } finally {
      server.events.removeListener('request:start', start)
      server.events.removeListener('response:mocked', end)
    }
  })
})
