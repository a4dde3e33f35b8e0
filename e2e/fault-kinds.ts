import type { Locator, Page, Request } from '@playwright/test'
import { expect } from './fixtures'
import type { Fault } from './pages/mock-backend'

/** The kinds of fault the registry can answer with, and what the console says for each. */
export interface Kind {
  name: string
  fault: Pick<Fault, 'answer' | 'message' | 'delayMs'>
  /** what the console says */
  message: RegExp
  /** whether a read is retried by itself (twice) before the console gives up */
  retried: boolean
}

export const KINDS = {
  serverError: {
    name: '500',
    fault: { answer: 500, message: '' },
    message: /The registry failed \(500\)\. Try again in a moment\./,
    retried: true,
  },
  unavailable: {
    name: '503 after a delay',
    fault: { answer: 503, message: '', delayMs: 700 },
    message: /The registry is unavailable \(503\)\. Try again in a moment\./,
    retried: true,
  },
  dropped: {
    name: 'a dropped connection',
    fault: { answer: 'network-error' },
    message: /The registry did not answer \(network error\)\. Check your connection and try again\./,
    retried: true,
  },
  unauthorized: {
    name: '401',
    fault: { answer: 401, message: '' },
    message: /Your session has expired or the token is not valid\. Sign in again\./,
    retried: false,
  },
  conflict: {
    name: '409',
    fault: { answer: 409, message: '' },
    message: /This conflicts with the registry’s current state \(409\)/,
    retried: false,
  },
  malformed: {
    name: 'malformed JSON',
    fault: { answer: 'malformed-json' },
    message: /The registry’s answer could not be read\. Try again in a moment\./,
    retried: false,
  },
} satisfies Record<string, Kind>

export const EVERY_KIND: Kind[] = Object.values(KINDS)
/** what every change is put through */
export const CHANGE_KINDS: Kind[] = [KINDS.serverError, KINDS.dropped, KINDS.conflict, KINDS.malformed]
/** the first try and two automatic retries */
export const ATTEMPTS = 3

/** The message is the one expected, and nothing raw leaks next to it. */
export async function expectClearMessage(alert: Locator, message: RegExp) {
  // some come after automatic retries, or on a page that is still booting its demo backend
  await expect(alert).toContainText(message, { timeout: 30_000 })
  await expect(alert).not.toContainText(/\[object |undefined|TypeError|SyntaxError|Error:|\n\s+at /)
}

/** The sign-in that a 401 brings over the page; signs in with any token (the demo accepts it). */
export async function signInAgain(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Sign in to Assembly Console' })
  await expect(dialog.getByRole('alert')).toContainText('Your session has expired')
  await dialog.getByLabel('API token').fill('demo-token')
  await dialog.getByRole('button', { name: 'Sign in' }).click()
  await expect(dialog).toBeHidden()
}

export const api = (method: string, path: string) => (request: Request) =>
  request.method() === method && new URL(request.url()).pathname.startsWith(path)
