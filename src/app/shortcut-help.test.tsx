import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import * as db from '../../mocks/db'
import { renderRoute } from '../test/render'
import { setSingleKeyShortcuts } from '../ui/shortcuts'

const ORG = db.ORG_NAMES.default

afterEach(() => {
  setSingleKeyShortcuts(true)
  localStorage.clear()
})

async function imagesPage() {
  const view = renderRoute(`/${ORG}/images`)
  await screen.findByRole('link', { name: 'node' })
  return { ...view, search: screen.getByRole('searchbox', { name: 'Search images' }) }
}

/** The term/description pairs the dialog lists under `group`, as text. */
function listed(dialog: HTMLElement, group: string): string[] {
  const section = within(dialog).getByRole('region', { name: group })
  return within(section)
    .getAllByRole('term')
    .map((term) => `${term.textContent} ${term.nextElementSibling?.textContent}`)
}

describe('Keyboard shortcuts', () => {
  it('"?" lists the shortcuts of the screen shown, grouped, and gives the focus back on close', async () => {
    const { user, search } = await imagesPage()
    const firstImage = screen.getByRole('link', { name: 'node' })
    firstImage.focus()
    await user.keyboard('?')
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(listed(dialog, 'This page')).toEqual(['/ Search images'])
    expect(listed(dialog, 'Anywhere')).toEqual(['? Show the keyboard shortcuts'])

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(firstImage).toHaveFocus()
    // "/" works again once the dialog is gone
    await user.keyboard('/')
    expect(search).toHaveFocus()
  })

  it('never fires while one types in a field', async () => {
    const { user, search } = await imagesPage()
    await user.click(search)
    await user.keyboard('a?b/')
    expect(search).toHaveValue('a?b/')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('turned off, "/" no longer focuses the search, even after a reload; the top bar button still opens the list', async () => {
    const { user, search, unmount } = await imagesPage()
    expect(search).toHaveAttribute('aria-keyshortcuts', '/')
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }))
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    const setting = within(dialog).getByRole('checkbox', { name: /^Single-key shortcuts/ })
    expect(setting).toBeChecked()
    await user.click(setting)
    expect(setting).not.toBeChecked()
    await user.keyboard('{Escape}')
    expect(search).not.toHaveAttribute('aria-keyshortcuts')
    await user.keyboard('/')
    expect(search).not.toHaveFocus()
    unmount()

    const again = await imagesPage()
    await again.user.keyboard('/?')
    expect(again.search).not.toHaveFocus()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await again.user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }))
    const reopened = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(reopened).getByRole('checkbox', { name: /^Single-key shortcuts/ })).not.toBeChecked()
  })

  it('lists Escape, which clears the selected images, while some are; single-key shortcuts off leave it on', async () => {
    const { user } = await imagesPage()
    const node = screen.getByRole('checkbox', { name: 'Select node' })
    await user.click(node)
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }))
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(listed(dialog, 'This page')).toEqual(['/ Search images', 'Escape Clear the selection'])
    await user.click(within(dialog).getByRole('checkbox', { name: /^Single-key shortcuts/ }))
    expect(listed(dialog, 'This page')).toEqual(['/ Search images (off)', 'Escape Clear the selection'])

    // the first Escape is the dialog's; the next one clears the selection, from the checkbox too
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(node).toBeChecked()
    node.focus()
    await user.keyboard('{Escape}')
    expect(node).not.toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }))
    const again = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(listed(again, 'This page')).toEqual(['/ Search images (off)'])
  })
})
