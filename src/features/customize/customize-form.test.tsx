import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

// happy-dom lays nothing out; give elements a size so the virtualized checklist renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(360)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640)
})

async function openDialog(image = 'redis') {
  const view = renderRoute(`/${ORG}/images/${image}`)
  await view.user.click(await screen.findByRole('button', { name: 'Customize Image' }))
  const dialog = await screen.findByRole('dialog', { name: 'Customize Image' })
  await within(dialog).findByText(/of 1\d{3} shown$/, {}, { timeout: 5000 })
  /** Filters the list to a package and ticks it, as a user would. */
  async function pick(name: string) {
    const filter = within(dialog).getByRole('searchbox', { name: 'Filter packages' })
    await view.user.clear(filter)
    await view.user.type(filter, name)
    await view.user.click(within(dialog).getByRole('checkbox', { name }))
  }
  return { ...view, dialog, pick }
}

describe('Customize Image dialog', () => {
  it('selects packages, previews, applies to the current image and says builds started', async () => {
    const { user, dialog, pick } = await openDialog()
    expect(within(dialog).getByRole('searchbox', { name: 'Filter packages' })).toHaveFocus()
    expect(within(dialog).getByRole('button', { name: 'Preview Changes' })).toBeDisabled()

    await pick('curl')
    await pick('jq')
    expect(within(dialog).getByRole('list', { name: 'Packages added' })).toHaveTextContent(/curl.*jq/)
    expect(within(dialog).getByText(/^2 selected · \d+ of \d+ shown/)).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    const added = within(dialog).getByRole('region', { name: 'Packages added' })
    expect(added).toHaveTextContent('curl')
    expect(added).toHaveTextContent('jq')
    await user.click(within(dialog).getByRole('button', { name: 'Apply Changes' }))

    expect(await within(dialog).findByText(/redis was customized; builds started/)).toBeInTheDocument()
    expect(within(dialog).getByRole('link', { name: 'See the builds' })).toHaveAttribute(
      'href',
      `/${ORG}/images/redis/builds`,
    )
    const org = db.listGroups({ name: ORG })[0]?.id ?? ''
    expect(db.listRepos({ childrenOf: org, name: 'redis' })[0]?.customOverlay?.contents?.packages).toEqual([
      'curl',
      'jq',
    ])
  })

  it('shows base packages checked and locked with the reason', async () => {
    const { user, dialog } = await openDialog()
    const org = db.listGroups({ name: ORG })[0]?.id ?? ''
    const repo = db.listRepos({ childrenOf: org, name: 'redis' })[0]
    const basePackage = db.resolveConfig(repo?.id ?? '').contents.packages[0] ?? ''
    await user.type(within(dialog).getByRole('searchbox', { name: 'Filter packages' }), basePackage)
    const box = within(dialog).getByRole('checkbox', { name: basePackage })
    expect(box).toBeChecked()
    expect(box).toHaveAttribute('aria-disabled', 'true')
    expect(box).toHaveAccessibleDescription('Included in the base image')
    await user.click(box)
    expect(box).toBeChecked()
  })

  it('refuses a taken or invalid new image name inline, and keeps choices on a 409 from the server', async () => {
    const { user, dialog, pick } = await openDialog()
    await pick('curl')
    await user.click(within(dialog).getByRole('radio', { name: 'Create a new image' }))
    const name = within(dialog).getByRole('textbox', { name: 'New image name' })
    await user.type(name, 'Bad Name')
    expect(within(dialog).getByText(/lowercase letters/)).toBeInTheDocument()
    await user.clear(name)
    await user.type(name, 'node')
    expect(within(dialog).getByText(/already exists/)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Preview Changes' })).toBeDisabled()

    await user.clear(name)
    await user.type(name, 'redis-tools')
    db.injectFault({
      path: '/registry/v1/repos/',
      method: 'POST',
      answer: 409,
      message: 'redis-tools was just taken',
      times: 1,
    })
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    await user.click(within(dialog).getByRole('button', { name: 'Create redis-tools' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('redis-tools was just taken')

    await user.click(within(dialog).getByRole('button', { name: 'Create redis-tools' }))
    expect(await within(dialog).findByText(/redis-tools was created; builds started/)).toBeInTheDocument()
    const org = db.listGroups({ name: ORG })[0]?.id ?? ''
    expect(
      db.listRepos({ childrenOf: org, name: 'redis-tools' })[0]?.customOverlay?.contents?.packages,
    ).toEqual(['curl'])
  })

  it('Back returns to the selection with everything kept', async () => {
    const { user, dialog, pick } = await openDialog()
    await pick('curl')
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    await user.click(within(dialog).getByRole('button', { name: 'Back' }))
    expect(within(dialog).getByRole('checkbox', { name: 'curl' })).toBeChecked()
    expect(within(dialog).getByRole('list', { name: 'Packages added' })).toHaveTextContent('curl')
  })

  it('asks before closing with unsent choices, keeps them on "Keep editing", and closes on "Discard and close"', async () => {
    const { user, dialog, pick } = await openDialog()
    await pick('curl')
    await user.keyboard('{Escape}')
    const keep = within(dialog).getByRole('button', { name: 'Keep editing' })
    expect(within(dialog).getByRole('alertdialog')).toHaveTextContent('Close without applying?')
    expect(keep).toHaveFocus()
    await user.click(keep)
    expect(within(dialog).queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(within(dialog).getByRole('checkbox', { name: 'curl' })).toBeChecked()

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await user.click(within(dialog).getByRole('button', { name: 'Discard and close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it.each([
    ['400', { answer: 400, message: 'customOverlay.contents.packages: "curl" cannot be added right now' }],
    ['500', { answer: 500, message: 'internal error while saving' }],
    ['network', { answer: 'network-error' as const, message: undefined }],
  ])('keeps every choice when Apply fails (%s), and Apply can be retried', async (_, fault) => {
    const { user, dialog, pick } = await openDialog()
    await pick('curl')
    await pick('jq')
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    db.injectFault({ method: 'PUT', path: '/registry/v1/repos/', times: 1, ...fault })
    await user.click(within(dialog).getByRole('button', { name: 'Apply Changes' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(fault.message ?? /The registry did not answer \(network error\)/)
    expect(within(dialog).getByRole('region', { name: 'Packages added' })).toHaveTextContent(/curl.*jq/)

    await user.click(within(dialog).getByRole('button', { name: 'Back' }))
    expect(within(dialog).getByRole('list', { name: 'Packages added' })).toHaveTextContent(/curl.*jq/)
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    await user.click(within(dialog).getByRole('button', { name: 'Apply Changes' }))
    expect(await within(dialog).findByText(/redis was customized; builds started/)).toBeInTheDocument()
  })

  it('sends one request when Apply is double-clicked', async () => {
    const { user, dialog, pick } = await openDialog()
    await pick('curl')
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    const puts: string[] = []
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'PUT') puts.push(request.url)
    }
    server.events.on('request:start', count)
    try {
      // two clicks in one go, before React can re-render the button as disabled
      const apply = within(dialog).getByRole('button', { name: 'Apply Changes' })
      fireEvent.click(apply)
      fireEvent.click(apply)
      expect(await within(dialog).findByText(/redis was customized/)).toBeInTheDocument()
    } finally {
      server.events.removeListener('request:start', count)
    }
    expect(puts).toHaveLength(1)
  })

  it('"Select all N matching" and "Clear" act on the filtered rows only', async () => {
    const { user, dialog, pick } = await openDialog()
    await pick('jq')
    const filter = within(dialog).getByRole('searchbox', { name: 'Filter packages' })
    await user.clear(filter)
    await user.type(filter, 'py3.12-')
    const matching = within(dialog).getAllByRole('checkbox').length
    const selectAll = within(dialog).getByRole('button', { name: /^Select all \d+ matching$/ })
    const count = Number(/\d+/.exec(selectAll.textContent ?? '')?.[0])
    expect(count).toBeGreaterThan(1)
    expect(count).toBeGreaterThanOrEqual(matching)
    await user.click(selectAll)
    expect(within(dialog).getByText(new RegExp(`^${count + 1} selected · ${count} of`))).toBeInTheDocument()
    for (const box of within(dialog).getAllByRole('checkbox')) expect(box).toBeChecked()

    await user.click(within(dialog).getByRole('button', { name: 'Clear' }))
    expect(within(dialog).getByText(/^1 selected · /)).toBeInTheDocument()
    expect(within(dialog).getByRole('list', { name: 'Packages added' })).toHaveTextContent(/^jq$/)
  })

  it('closes when the user follows "See the builds"', async () => {
    const { user, dialog, pick, router } = await openDialog()
    await pick('curl')
    await user.click(within(dialog).getByRole('button', { name: 'Preview Changes' }))
    await user.click(within(dialog).getByRole('button', { name: 'Apply Changes' }))
    await user.click(await within(dialog).findByRole('link', { name: 'See the builds' }))
    // the section's code loads on first visit, then the URL changes
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${ORG}/images/redis/builds`))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('does not ask before closing when only locked base packages were clicked', async () => {
    const { user, dialog } = await openDialog()
    const org = db.listGroups({ name: ORG })[0]?.id ?? ''
    const repo = db.listRepos({ childrenOf: org, name: 'redis' })[0]
    const basePackage = db.resolveConfig(repo?.id ?? '').contents.packages[0] ?? ''
    await user.type(within(dialog).getByRole('searchbox', { name: 'Filter packages' }), basePackage)
    await user.click(within(dialog).getByRole('checkbox', { name: basePackage }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
