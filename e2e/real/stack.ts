import { existsSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test as base } from '../fixtures'
import { findNginx, REAL_BUILD, startMockApi, startNginx, startPreview, type Server } from './servers'

export interface StackOptions {
  /** how the real-mode console is served: `vite preview` (its proxy) or nginx with the README's config */
  via: 'preview' | 'nginx'
  /** the console's port and the mock API's, per project, so the two stacks run side by side */
  ports: { app: number; api: number }
}

/** The mock API and the console in front of it, for one worker; state lives as long as the worker. */
interface Stack {
  baseURL: string
  /** the token the mock API accepts now */
  token: string
  /** revokes the token on the mock API (the console is not told) and returns the new one */
  revokeToken(): Promise<string>
}

const nginx = findNginx()
const NO_NGINX =
  'nginx is not installed here: the journeys through nginx are skipped (CI installs nginx and runs them)'

export const test = base.extend<
  { stack: Stack; signedIn: Page },
  StackOptions & { servers: Stack | undefined }
>({
  via: ['preview', { option: true, scope: 'worker' }],
  ports: [
    { app: 4174, api: 8788 },
    { option: true, scope: 'worker' },
  ],
  servers: [
    async ({ via, ports }, provide) => {
      if (!existsSync(REAL_BUILD)) {
        throw new Error(`${REAL_BUILD} is missing: build it with VITE_API_URL set (npm run build:real)`)
      }
      if (via === 'nginx' && !nginx) {
        // outside CI the journeys through nginx are skipped (see `stack`); in CI nginx must be there
        if (process.env.CI) throw new Error('nginx is not installed: .ci/run installs it')
        console.warn(NO_NGINX)
        return provide(undefined)
      }
      const apiUrl = `http://localhost:${ports.api}`
      const servers: Server[] = []
      try {
        servers.push(await startMockApi(ports.api, 'first-token'))
        servers.push(
          via === 'nginx' && nginx
            ? await startNginx(nginx, ports.app, ports.api)
            : await startPreview(ports.app, apiUrl),
        )
        let revoked = 0
        const stack: Stack = {
          baseURL: `http://localhost:${ports.app}`,
          token: 'first-token',
          async revokeToken() {
            const response = await fetch(`${apiUrl}/__mock/token`, {
              method: 'POST',
              body: JSON.stringify({ token: `token-${++revoked}` }),
            })
            expect(response.status).toBe(200)
            stack.token = ((await response.json()) as { token: string }).token
            return stack.token
          },
        }
        await provide(stack)
      } finally {
        for (const server of servers.reverse()) await server.stop()
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  stack: async ({ servers }, provide, testInfo) => {
    if (!servers) return testInfo.skip(true, NO_NGINX)
    await provide(servers)
  },
  baseURL: async ({ stack }, provide) => provide(stack.baseURL),
  /** A page on the real-mode console, signed in with the mock API's token. */
  signedIn: async ({ page, stack }, provide) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Sign in to Assembly Console' })).toBeVisible()
    await page.getByLabel('API token').fill(stack.token)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { name: 'Organization Images' })).toBeVisible()
    await provide(page)
  },
})

export { expect }
