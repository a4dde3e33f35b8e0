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
  const Actions = lazyMenu<object>(
    () =>
      code.then(() => ({
        default: (state: MenuOpenState) => {
          if (!drawn) whileDrawn()
          drawn = true
          return (
            <MenuRoot {...state}>
              <Menu.Trigger asChild>
                <Button />
              </Menu.Trigger>
              <Menu.Content>
                <Menu.Item>Rename</Menu.Item>
              </Menu.Content>
            </MenuRoot>
          )
        },
      })),
    (_, button) => <Button {...button} />,
  )
  return { Actions, arrive }
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

  it('stays closed as its code arrives when not pressed, and opens on a press after', async () => {
    const { Actions, arrive } = heldMenu()
    const user = userEvent.setup()
    render(<Actions />)
    arrive()
    // the menu's own button (Radix marks its state) takes the stand-in's place, closed
    const button = () => screen.getByRole('button', { name: 'Actions', expanded: false })
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'closed'))
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    await user.click(button())
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument()
  })

  it('opens when pressed while its code is being drawn, before it replaces the stand-in', async () => {
    // the stand-in still takes presses then: a press there must not be lost
    const { Actions, arrive } = heldMenu(() =>
      fireEvent.pointerDown(screen.getByRole('button', { name: 'Actions' })),
    )
    render(<Actions />)
    arrive()
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Actions' })).toHaveAttribute('aria-expanded', 'true')
  })
})
