import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../../mocks/db'
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
