import * as Menu from '@radix-ui/react-dropdown-menu'
import type { ComponentProps } from 'react'

/**
 * The root of a menu button's menu, not modal: a modal menu hides the rest of the page from
 * assistive technology (aria-hidden) while leaving it focusable. Render its content in place, not in
 * a portal, so the open menu stays inside its landmark. Arrow keys, Escape and Tab work as before.
 */
export function MenuRoot(props: Omit<ComponentProps<typeof Menu.Root>, 'modal'>) {
  return <Menu.Root {...props} modal={false} />
}
