import { useLocation, useSearchParams, type To } from 'react-router'

/** The search parameter that holds the drawer's part; none is the log. */
export const DRAWER_PART = 'part'

export const PARTS = { log: 'Log', details: 'Details', changes: 'Changes' } as const
export type DrawerPart = keyof typeof PARTS
export const ORDER = Object.keys(PARTS) as DrawerPart[]

/** The part the URL shows (the log when it names none, or one the drawer does not have). */
export function useDrawerPart(): DrawerPart {
  const [params] = useSearchParams()
  const value = params.get(DRAWER_PART)
  return value && Object.hasOwn(PARTS, value) ? (value as DrawerPart) : 'log'
}

/**
 * Where the drawer shows `part`: the same build, list filters and log line, with the part in the
 * URL. It replaces the entry (and keeps its state), so Back still closes the drawer.
 */
export function usePartLink(): (part: DrawerPart) => { to: To; state: unknown; replace: true } {
  const location = useLocation()
  return (part) => {
    const params = new URLSearchParams(location.search)
    if (part === 'log') params.delete(DRAWER_PART)
    else params.set(DRAWER_PART, part)
    const search = params.size ? `?${params.toString()}` : ''
    return {
      to: { pathname: location.pathname, search, hash: location.hash },
      state: location.state,
      replace: true,
    }
  }
}
