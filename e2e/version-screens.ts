/**
 * The screens about versions (Packages, Vulnerabilities, Compare) run on a desktop in the light
 * theme and on a phone in the dark one. The registry answers 404 for a version it has no package
 * list or scan for, which the browser logs.
 */
export const VERSION_SCREEN_RUNS = [
  { theme: 'light', viewport: { width: 1280, height: 800 } },
  { theme: 'dark', viewport: { width: 390, height: 844 } },
] as const

export const ALLOW_NOT_FOUND = [/the server responded with a status of 404/]
