import {
  lazy,
  Suspense,
  useEffect,
  useState,
  type ComponentProps,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
} from 'react'

type ButtonProps = ComponentProps<'button'>

/** The keys that open a menu from its button, as Radix's menu button has them. */
const OPENING_KEYS = ['Enter', ' ', 'ArrowDown']

/**
 * A menu button whose menu code (Radix's menu and its positioning) stays out of the first screen's
 * code: it loads as the button first shows, and until then `button`, the very same button, stands in
 * (given the props to add to it). Pressed in the meantime, the menu opens as soon as its code is there.
 *
 * `load` gives the menu; it takes `defaultOpen` and renders the same button as its trigger.
 */
export function lazyMenu<P extends object>(
  load: () => Promise<{ default: ComponentType<P & { defaultOpen?: boolean }> }>,
  button: (props: P, buttonProps: ButtonProps) => ReactNode,
) {
  /** whether the stand-in was pressed: the menu that replaces it then mounts open, once */
  let pressed = false
  const Menu = lazy(() =>
    load().then(({ default: Loaded }) => ({
      default: function Opened(props: P) {
        const [open] = useState(() => pressed)
        useEffect(() => {
          pressed = false
        }, [])
        return <Loaded {...props} defaultOpen={open} />
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
