import { lazy, type ComponentType } from 'react'

/**
 * A lazily loaded component that can be loaded ahead of its first render. Once `preload()` has
 * finished, rendering it never suspends, so no loading fallback flashes (React holds a shown
 * fallback for at least 300 ms before revealing the content).
 */
export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined
  const Lazy = lazy(load)
  function Preloadable(props: P) {
    const Loaded = loaded
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />
  }
  return Object.assign(Preloadable, {
    preload: () =>
      load().then((module) => {
        loaded = module.default
      }),
  })
}
