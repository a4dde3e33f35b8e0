import * as Menu from '@radix-ui/react-dropdown-menu'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { describe, expect, it } from 'vitest'
import { lazyMenu, type MenuOpenState } from './lazy-menu'
import { MenuRoot } from './menu'

function Button(props: ComponentProps<'button'>) {
  return (
    <button type="button" {...props}>
      Actions
    </button>
  )
}

/**
 * A menu whose code arrives when `arrive()` is called; `whileDrawn` runs as the menu is first drawn,
 * before it replaces the stand-in on the page.
 */
function heldMenu(whileDrawn = () => {}) {
  let arrive = () => {}
  const code = new Promise<void>((resolve) => (arrive = resolve))
  let drawn = false
  let asked = false
  const Actions = lazyMenu<object>(
    () => {
      asked = true
      return code.then(() => ({
        default: ({ triggerRef, ...state }: MenuOpenState) => {
          if (!drawn) whileDrawn()
          drawn = true
          return (
            <MenuRoot {...state}>
              <Menu.Trigger asChild>
                <Button ref={triggerRef} />
              </Menu.Trigger>
              <Menu.Content>
                <Menu.Item>Rename</Menu.Item>
              </Menu.Content>
            </MenuRoot>
          )
        },
      }))
    },
    (_, button) => <Button {...button} />,
  )
  return { Actions, arrive, asked: () => asked }
}

describe('a menu whose code loads apart', () => {
  it('shows its button at once, and opens as its code arrives when pressed before', async () => {
    const { Actions, arrive } = heldMenu()
    const user = userEvent.setup()
    render(<Actions />)
    const button = screen.getByRole('button', { name: 'Actions' })
    expect(button).toHaveAttribute('aria-haspopup', 'menu')
    await user.click(button)
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    arrive()
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument()
  })

  it('loads its code as the pointer comes over its button, and stays closed until pressed', async () => {
    const { Actions, arrive, asked } = heldMenu()
    const user = userEvent.setup()
    render(<Actions />)
    expect(asked()).toBe(false)
    await user.hover(screen.getByRole('button', { name: 'Actions' }))
    expect(asked()).toBe(true)
    arrive()
    // the menu's own button (Radix marks its state) takes the stand-in's place, closed
    const button = () => screen.getByRole('button', { name: 'Actions', expanded: false })
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'closed'))
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    await user.click(button())
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument()
  })

  it('loads its code by itself once the page has shown for a while', async () => {
    const { Actions, arrive, asked } = heldMenu()
    render(<Actions />)
    expect(asked()).toBe(false)
    await waitFor(() => expect(asked()).toBe(true), { timeout: 3000 })
    arrive()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions' })).toHaveAttribute('data-state', 'closed'),
    )
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
  })

  it('keeps the focus on its button as the menu replaces the stand-in, and opens from the keyboard', async () => {
    const { Actions, arrive } = heldMenu()
    const user = userEvent.setup()
    render(<Actions />)
    await user.tab()
    expect(screen.getByRole('button', { name: 'Actions' })).toHaveFocus()
    arrive()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions' })).toHaveAttribute('data-state', 'closed'),
    )
    expect(screen.getByRole('button', { name: 'Actions' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toHaveFocus()
  })

  it('opens when pressed while its code is being drawn, before it replaces the stand-in', async () => {
    // the stand-in still takes presses then: a press there must not be lost
    const { Actions, arrive } = heldMenu(() =>
      fireEvent.pointerDown(screen.getByRole('button', { name: 'Actions' })),
    )
    const user = userEvent.setup()
    render(<Actions />)
    await user.hover(screen.getByRole('button', { name: 'Actions' }))
    arrive()
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Actions' })).toHaveAttribute('aria-expanded', 'true')
  })
})
