import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react'
import { isTyping } from './is-typing'

/**
 * The keyboard shortcuts, in one place. A screen or component registers its shortcuts while it is
 * mounted (`useShortcuts`); one key listener runs them, and "?" lists what is registered. Single-key
 * shortcuts (no Ctrl or ⌘) never fire while one types in a text field, and a user can turn them all
 * off (WCAG 2.1.4), a choice remembered in localStorage; Ctrl ones stay on.
 */
export interface Shortcut {
  /** the key as `KeyboardEvent.key` names it: "/", "?", "t" (a letter matches either case) */
  key: string
  /** with Ctrl (or ⌘ on a Mac) */
  withCtrl?: boolean
  /** what it does, in the product's words */
  description: string
  /** false: not handled this time (the key goes on as if there were no shortcut) */
  run: () => boolean | void
}

export interface ShortcutGroup {
  group: string
  shortcuts: readonly Shortcut[]
}

const KEY = 'assembly-console.single-key-shortcuts'
const listeners = new Set<() => void>()
let groups: readonly ShortcutGroup[] = []
let listed: readonly ShortcutGroup[] = []

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function changed() {
  listed = byName(groups)
  for (const listener of listeners) listener()
}

/**
 * The setting as last read: read once as the console loads (a first read of the page's storage can
 * take milliseconds, too long in the middle of drawing a screen), and again when another tab changes it.
 */
let singleKeys = readSingleKeys()
function readSingleKeys(): boolean {
  return globalThis.localStorage?.getItem(KEY) !== 'off'
}
globalThis.addEventListener?.('storage', (event) => {
  if (event.key !== KEY && event.key !== null) return
  singleKeys = readSingleKeys()
  changed()
})

function singleKeysOn(): boolean {
  return singleKeys
}

export function setSingleKeyShortcuts(on: boolean): void {
  if (on) localStorage.removeItem(KEY)
  else localStorage.setItem(KEY, 'off')
  singleKeys = on
  changed()
}

/** Whether single-key shortcuts are on (the user's choice, remembered). */
export function useSingleKeyShortcuts(): boolean {
  return useSyncExternalStore(subscribe, singleKeysOn, () => true)
}

/** The shortcuts of the screen as it is, grouped, in the order their parts appeared. */
export function useShortcutGroups(): readonly ShortcutGroup[] {
  return useSyncExternalStore(
    subscribe,
    () => listed,
    () => listed,
  )
}

/** The registrations as "?" lists them: one group per name (two parts of a page both say "This page"). */
function byName(entries: readonly ShortcutGroup[]): readonly ShortcutGroup[] {
  const merged = new Map<string, Shortcut[]>()
  for (const { group, shortcuts } of entries) merged.set(group, [...(merged.get(group) ?? []), ...shortcuts])
  return [...merged].map(([group, shortcuts]) => ({ group, shortcuts }))
}

/**
 * A character key without Ctrl ("/", "?", "t"): what the single-key setting turns off (WCAG 2.1.4).
 * Escape and the like are not: they stay on.
 */
export function isSingleKey(shortcut: Pick<Shortcut, 'key' | 'withCtrl'>): boolean {
  return !shortcut.withCtrl && shortcut.key.length === 1
}

function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (key !== (shortcut.key.length === 1 ? shortcut.key.toLowerCase() : shortcut.key)) return false
  if (shortcut.withCtrl) return (event.ctrlKey || event.metaKey) && !event.altKey
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return false
  return !isSingleKey(shortcut) || singleKeysOn()
}

/** The latest registration wins a key that two parts claim (a drawer over its page). */
function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented || event.isComposing) return
  for (let i = groups.length - 1; i >= 0; i--) {
    for (const shortcut of groups[i]?.shortcuts ?? []) {
      if (!matches(shortcut, event) || shortcut.run() === false) continue
      event.preventDefault()
      return
    }
  }
}

function register(entry: ShortcutGroup): () => void {
  if (groups.length === 0) document.addEventListener('keydown', onKeyDown)
  groups = [...groups, entry]
  changed()
  return () => {
    groups = groups.filter((other) => other !== entry)
    if (groups.length === 0) document.removeEventListener('keydown', onKeyDown)
    changed()
  }
}

/**
 * Registers `shortcuts` under `group` while the calling component is mounted. The handlers may
 * change on every render; the list shown by "?" follows the keys and descriptions.
 */
export function useShortcuts(group: string, shortcuts: readonly Shortcut[]): void {
  const latest = useRef(shortcuts)
  useLayoutEffect(() => {
    latest.current = shortcuts
  })
  const signature = shortcuts.map((s) => `${s.withCtrl ? '^' : ''}${s.key} ${s.description}`).join('\n')
  useEffect(() => {
    if (!signature) return
    const current = latest.current
    return register({
      group,
      shortcuts: current.map((shortcut, index) => ({
        ...shortcut,
        run: () => latest.current[index]?.run(),
      })),
    })
  }, [group, signature])
}
