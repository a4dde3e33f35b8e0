import { test as base, expect } from '@playwright/test'

/**
 * Every test fails on a console error, an uncaught exception or a request that leaves the machine.
 * A test that provokes server errors on purpose lists the messages it expects in `allowConsole`.
 */
export const test = base.extend<{ allowConsole: RegExp[]; guard: void }>({
  allowConsole: [[], { option: true }],
  guard: [
    async ({ page, allowConsole }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        if (allowConsole.some((pattern) => pattern.test(message.text()))) return
        problems.push(message.text())
      })
      page.on('pageerror', (error) => problems.push(String(error)))
      page.on('request', (request) => {
        if (new URL(request.url()).hostname !== 'localhost')
          problems.push(`external request: ${request.url()}`)
      })
      await use()
      expect(problems, 'console errors, page errors or external requests').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
