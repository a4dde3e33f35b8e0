import {
  lazy,
  Suspense,
  useLayoutEffect,
  useState,
  type ComponentProps,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
} from 'react'

type ButtonProps = ComponentProps<'button'>

/** Whether a lazily loaded menu is open: the menu is controlled by the stand-in's successor. */
export interface MenuOpenState {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** The keys that open a menu from its button, as Radix's menu button has them. */
const OPENING_KEYS = ['Enter', ' ', 'ArrowDown']

/**
 * A menu button whose menu code (Radix's menu and its positioning) stays out of the first screen's
 * code: it loads as the button first shows, and until then `button`, the very same button, stands in
 * (given the props to add to it). Pressed in the meantime, the menu opens as soon as its code is there.
 *
 * `load` gives the menu; it takes `open` and `onOpenChange` for its root and renders the same button as
 * its trigger.
 */
export function lazyMenu<P extends object>(
  load: () => Promise<{ default: ComponentType<P & MenuOpenState> }>,
  button: (props: P, buttonProps: ButtonProps) => ReactNode,
) {
  /** whether the stand-in was pressed: the menu that replaces it then opens, once */
  let pressed = false
  const Menu = lazy(() =>
    load().then(({ default: Loaded }) => ({
      default: function Opened(props: P) {
        const [open, setOpen] = useState(() => pressed)
        // a press on the stand-in while this menu was being drawn (the stand-in stays on the page
        // until the menu replaces it) opens it too, before the page paints
        useLayoutEffect(() => {
          if (pressed) setOpen(true)
          pressed = false
        }, [])
        return <Loaded {...props} open={open} onOpenChange={setOpen} />
      },
    })),
  )
  const press = () => {
    pressed = true
  }
  function Placeholder(props: P) {
    return button(props, {
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      onPointerDown: press,
      onKeyDown: (event: KeyboardEvent) => {
        if (OPENING_KEYS.includes(event.key)) press()
      },
    })
  }
  function LazyMenu(props: P) {
    return (
      <Suspense fallback={<Placeholder {...props} />}>
        <Menu {...props} />
      </Suspense>
    )
  }
  return LazyMenu
}
