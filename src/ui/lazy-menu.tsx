import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react'
import { whenIdle } from './when-idle'

type ButtonProps = ComponentProps<'button'>

/**
 * Whether a lazily loaded menu is open: the menu is controlled by the stand-in's successor, whose
 * button takes `triggerRef`.
 */
export interface MenuOpenState {
  open: boolean
  onOpenChange: (open: boolean) => void
  triggerRef: Ref<HTMLButtonElement>
}

/** The keys that open a menu from its button, as Radix's menu button has them. */
const OPENING_KEYS = ['Enter', ' ', 'ArrowDown']

/** How long after its button first shows a menu's code loads by itself (when the page is idle). */
const LOAD_AFTER_MS = 1000

/**
 * A menu button whose menu code (Radix's menu and its positioning) stays out of the first screen:
 * it loads once the page has had a second to draw what it is there for and is idle, or at once when
 * the pointer comes over the button, or it gets focus. Until then `button`, the very same button,
 * stands in (given the props to add to it); pressed in the meantime, the menu opens as soon as its
 * code is there, and a focused stand-in hands its focus to the menu's button.
 *
 * `load` gives the menu; it takes `open` and `onOpenChange` for its root and renders the same button as
 * its trigger, with `triggerRef`.
 */
export function lazyMenu<P extends object>(
  load: () => Promise<{ default: ComponentType<P & MenuOpenState> }>,
  button: (props: P, buttonProps: ButtonProps) => ReactNode,
) {
  /** whether the stand-in was pressed: the menu that replaces it then opens, once */
  let pressed = false
  /** whether the code was asked for: buttons drawn after that draw the menu */
  let asked = false
  /** the stand-in with focus as the menu replaced it */
  let focused: HTMLElement | null = null
  const Menu = lazy(() =>
    load().then(({ default: Loaded }) => ({
      default: function Opened(props: P) {
        const [open, setOpen] = useState(() => pressed)
        const trigger = useRef<HTMLButtonElement>(null)
        // a press on the stand-in while this menu was being drawn (the stand-in stays on the page
        // until the menu replaces it) opens it too, before the page paints; its focus moves over
        useLayoutEffect(() => {
          if (pressed) setOpen(true)
          pressed = false
          if (focused && !focused.isConnected) trigger.current?.focus()
          focused = null
        }, [])
        return <Loaded {...props} open={open} onOpenChange={setOpen} triggerRef={trigger} />
      },
    })),
  )
  function Placeholder({ onWanted, ...props }: P & { onWanted?: () => void }) {
    const want = () => onWanted?.()
    return button(props as P, {
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      onPointerEnter: want,
      onFocus: (event) => {
        focused = event.currentTarget
        want()
      },
      onBlur: () => (focused = null),
      onPointerDown: () => {
        pressed = true
        want()
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (!OPENING_KEYS.includes(event.key)) return
        pressed = true
        want()
      },
    })
  }
  function LazyMenu(props: P) {
    const [wanted, setWanted] = useState(asked)
    // in a transition: the stand-in stays until the menu is drawn, then the menu replaces it
    const want = () => startTransition(() => setWanted(true))
    useEffect(() => {
      if (wanted) return
      let cancelIdle = () => {}
      const timer = setTimeout(() => (cancelIdle = whenIdle(want)), LOAD_AFTER_MS)
      return () => {
        clearTimeout(timer)
        cancelIdle()
      }
    }, [wanted])
    if (wanted) asked = true
    return (
      <Suspense fallback={<Placeholder {...props} />}>
        {wanted ? <Menu {...props} /> : <Placeholder {...props} onWanted={want} />}
      </Suspense>
    )
  }
  return LazyMenu
}
