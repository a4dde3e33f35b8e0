import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
import { repoId } from '../../../mocks/test-lookups'
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
  const filter = within(dialog).getByRole('searchbox', { name: 'Filter packages' })
  /** Filters the list to a package and ticks it, as a user would. */
  async function pick(name: string) {
    await view.user.clear(filter)
    await view.user.type(filter, name)
    await view.user.click(within(dialog).getByRole('checkbox', { name }))
  }
  return { ...view, dialog, filter, pick }
}

describe('Customize Image dialog: its words', () => {
  it('says that packages can be added and removed', async () => {
    const { dialog } = await openDialog()
    expect(dialog).toHaveAccessibleDescription('Add or remove packages in redis.')
  })

  it('asks for a name while the new image has none, and for a fix once the name is wrong', async () => {
    const { user, dialog, pick } = await openDialog()
    await pick('curl')
    await user.click(within(dialog).getByRole('radio', { name: 'Create a new image' }))
    const preview = within(dialog).getByRole('button', { name: 'Preview Changes' })
    expect(preview).toBeDisabled()
    expect(preview).toHaveAccessibleDescription('Name the new image to continue.')

    await user.type(within(dialog).getByRole('textbox', { name: 'New image name' }), 'Redis!')
    expect(preview).toHaveAccessibleDescription('Fix the new image name to continue.')
  })
})

describe('Customize Image dialog: "Select all N matching"', () => {
  it('counts only the rows it can tick, leaving out the locked base packages', async () => {
    const { user, dialog, filter } = await openDialog()
    await user.type(filter, 'ca-cert')
    const boxes = within(dialog).getAllByRole('checkbox')
    expect(within(dialog).getByText(new RegExp(`^0 selected · ${boxes.length} of`))).toBeInTheDocument()
    const locked = boxes.filter((box) => box.getAttribute('aria-disabled') === 'true')
    const free = boxes.length - locked.length
    expect(locked.length).toBeGreaterThan(0)
    expect(free).toBeGreaterThan(0)

    await user.click(within(dialog).getByRole('button', { name: `Select all ${free} matching` }))
    expect(within(dialog).getByText(new RegExp(`^${free} selected · `))).toBeInTheDocument()
  })

  it('asks first when it would tick hundreds of packages, naming how many', async () => {
    const { user, dialog } = await openDialog()
    const selectAll = within(dialog).getByRole('button', { name: /^Select all \d+ matching$/ })
    const count = Number(/\d+/.exec(selectAll.textContent ?? '')?.[0])
    expect(count).toBeGreaterThan(200)

    await user.click(selectAll)
    const question = within(dialog).getByRole('alertdialog')
    expect(question).toHaveTextContent(`Select all ${count} matching packages?`)
    await user.click(within(question).getByRole('button', { name: 'Cancel' }))
    expect(within(dialog).queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(within(dialog).getByText(/^0 selected · /)).toBeInTheDocument()

    await user.click(selectAll)
    await user.click(within(dialog).getByRole('button', { name: `Select ${count} packages` }))
    expect(within(dialog).getByText(new RegExp(`^${count} selected · `))).toBeInTheDocument()
  })

  it('ticks a few at once without asking', async () => {
    const { user, dialog, filter } = await openDialog()
    await user.type(filter, 'glibc-locale')
    await user.click(within(dialog).getByRole('button', { name: /^Select all \d+ matching$/ }))
    expect(within(dialog).queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(within(dialog).getByText(/^[1-9]\d* selected · /)).toBeInTheDocument()
  })
})

describe('Customize Image dialog: leaving the page', () => {
  it('asks before a navigation drops unsent choices; "Keep editing" stays, "Discard and close" goes', async () => {
    const { user, dialog, pick, router } = await openDialog()
    await pick('curl')
    void router.navigate(`/${ORG}/images`)
    const question = await within(dialog).findByRole('alertdialog')
    expect(question).toHaveTextContent('Close without applying?')
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }))
    expect(router.state.location.pathname).toBe(`/${ORG}/images/redis`)
    const curl = within(dialog).getByRole('checkbox', { name: 'curl' })
    expect(curl).toBeChecked()
    expect(curl).toHaveFocus() // editing goes on where it was

    void router.navigate(`/${ORG}/images`)
    await user.click(await within(dialog).findByRole('button', { name: 'Discard and close' }))
    await screen.findByRole('heading', { name: 'Organization Images' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('Customize Image dialog: the views "All", "Selected" and "In the image"', () => {
  const names = (dialog: HTMLElement) =>
    within(dialog)
      .getAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-label'))

  it('shows what the image holds at once: the base packages, locked, and what its build config adds', async () => {
    const id = repoId('nginx')
    const saved = db.listRepos({ id })[0]?.customOverlay?.contents?.packages ?? []
    const base = db.resolveConfig(id).contents.packages.filter((name) => !saved.includes(name))
    const held = [...base, ...saved].sort()
    const { user, dialog, filter } = await openDialog('nginx')
    const total = /of (\d+) shown$/.exec(within(dialog).getByRole('status').textContent ?? '')?.[1] ?? ''
    expect(
      within(dialog).getByRole('radio', { name: `All ${Number(total).toLocaleString('en')}` }),
    ).toBeChecked()
    expect(within(dialog).getByRole('radio', { name: `Selected ${saved.length}` })).not.toBeChecked()

    await user.click(within(dialog).getByRole('radio', { name: `In the image ${held.length}` }))
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `${saved.length} selected · ${held.length} of ${held.length} shown`,
    )
    const rows = names(dialog)
    expect(rows).toEqual(held.slice(0, rows.length))
    for (const name of base.filter((name) => rows.includes(name))) {
      const box = within(dialog).getByRole('checkbox', { name })
      expect(box).toBeChecked()
      expect(box).toHaveAccessibleDescription('Included in the base image')
    }

    // the filter works within the view, and the view within the filter
    const part = saved[0]?.slice(0, 3) ?? ''
    await user.type(filter, part)
    const matching = held.filter((name) => name.includes(part))
    expect(names(dialog)).toEqual(expect.arrayContaining(matching))
    expect(names(dialog).every((name) => held.includes(name ?? ''))).toBe(true)
    await user.click(within(dialog).getByRole('radio', { name: /^All / }))
    expect(filter).toHaveValue(part)
    expect(names(dialog).length).toBeGreaterThan(matching.length)
  })

  it('"Selected" lists the packages added; unticked there they stay until the view is left, and every tick survives a switch', async () => {
    const { user, dialog, filter, pick } = await openDialog()
    await pick('curl')
    await pick('jq')
    await user.clear(filter)
    const selectedView = within(dialog).getByRole('radio', { name: 'Selected 2' })
    await user.click(selectedView)
    expect(names(dialog)).toEqual(['curl', 'jq'])
    expect(within(dialog).getByRole('status')).toHaveTextContent('2 selected · 2 of 2 shown')

    await user.click(within(dialog).getByRole('checkbox', { name: 'jq' }))
    expect(names(dialog)).toEqual(['curl', 'jq'])
    expect(within(dialog).getByRole('checkbox', { name: 'jq' })).not.toBeChecked()
    expect(within(dialog).getByRole('radio', { name: 'Selected 1' })).toBeChecked()
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 selected · 2 of 2 shown')

    await user.type(filter, 'cu')
    expect(names(dialog)).toEqual(['curl'])
    // the arrow keys move between the views, which keep the filter and the ticks
    within(dialog).getByRole('radio', { name: 'Selected 1' }).focus()
    await user.keyboard('{ArrowLeft}')
    const all = within(dialog).getByRole('radio', { name: /^All / })
    expect(all).toBeChecked()
    expect(all).toHaveFocus()
    expect(filter).toHaveValue('cu')
    expect(within(dialog).getByRole('checkbox', { name: 'curl' })).toBeChecked()
    await user.clear(filter)
    await user.type(filter, 'jq')
    expect(within(dialog).getByRole('checkbox', { name: 'jq' })).not.toBeChecked()
  })
})
