import { useSyncExternalStore } from 'react'
import { useMediaQuery } from './use-media-query'

export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'assembly-console.theme'
const listeners = new Set<() => void>()

function read(): ThemeChoice {
  const stored = globalThis.localStorage?.getItem(KEY)
  return stored === 'light' || stored === 'dark' ? stored : 'system'
}

/** Puts the chosen theme on <html>; with "system" the stylesheet follows prefers-color-scheme. */
export function applyTheme(choice: ThemeChoice = read()): void {
  if (choice === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = choice
}

export function setTheme(choice: ThemeChoice): void {
  if (choice === 'system') localStorage.removeItem(KEY)
  else localStorage.setItem(KEY, choice)
  applyTheme(choice)
  for (const listener of listeners) listener()
}

export function useTheme(): ThemeChoice {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    read,
    () => 'system',
  )
}

/** Whether the console is dark right now: the chosen theme, or the system's when "system" is chosen. */
export function useIsDark(): boolean {
  const choice = useTheme()
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)')
  return choice === 'dark' || (choice === 'system' && systemDark)
}
