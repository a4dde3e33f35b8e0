import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as db from '../../../mocks/db'
import { customizeImagesButton } from '../../test/customize-images-button'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name })
const bar = () => screen.queryByRole('region', { name: 'Selected images' })

describe('Organization Images: selecting images', () => {
  it('selects rows by their checkboxes, and says how many', async () => {
    const { user } = renderRoute(`/${ORG}/images`)
    await user.click(await screen.findByRole('checkbox', { name: 'Select node' }))
    await user.click(box('Select python'))
    expect(within(bar()!).getByRole('status')).toHaveTextContent('2 selected')
    expect(await customizeImagesButton('Customize 2 images')).toBeEnabled()
    await user.click(box('Select node'))
    expect(within(bar()!).getByRole('status')).toHaveTextContent('1 selected')
  })

  it('keeps the selection through a search, says how many it hides, and selects all shown rows only', async () => {
    const { user } = renderRoute(`/${ORG}/images`)
    await user.click(await screen.findByRole('checkbox', { name: 'Select redis' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), 'node')
    expect(await within(bar()!).findByText(/1 hidden by the search/)).toBeInTheDocument()

    const all = box('Select all shown images')
    expect(all.checked).toBe(false)
    await user.click(box('Select node'))
    const shown = screen.getAllByRole('checkbox', { name: /^Select (?!all)/ }).length
    expect(shown).toBeGreaterThan(1)
    expect(all.indeterminate).toBe(true)
    await user.click(all)
    expect(all.checked).toBe(true)
    expect(all.indeterminate).toBe(false)
    expect(within(bar()!).getByRole('status')).toHaveTextContent(
      `${shown + 1} selected · 1 hidden by the search`,
    )

    await user.click(all)
    expect(within(bar()!).getByRole('status')).toHaveTextContent('1 selected · 1 hidden by the search')
    await user.clear(screen.getByRole('searchbox', { name: 'Search images' }))
    expect(await screen.findByRole('checkbox', { name: 'Select redis' })).toBeChecked()
  })

  it('clears with Escape from a checkbox, and with "Clear selection"', async () => {
    const { user } = renderRoute(`/${ORG}/images`)
    const node = await screen.findByRole('checkbox', { name: 'Select node' })
    node.focus()
    await user.keyboard(' ')
    expect(node).toBeChecked()
    await user.keyboard('{Escape}')
    expect(node).not.toBeChecked()
    expect(bar()).not.toBeInTheDocument()

    await user.click(node)
    await user.click(screen.getByRole('button', { name: 'Clear selection' }))
    expect(node).not.toBeChecked()
    expect(bar()).not.toBeInTheDocument()
  })
})
