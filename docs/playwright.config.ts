import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import e2e from '../playwright.config'

/** `npm run screenshots`: the README's pictures, taken from the built demo console in Chromium. */
export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '*.shots.ts',
  fullyParallel: false,
  projects: e2e.projects?.filter((project) => project.name === 'chromium'),
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { ...e2e.use, trace: 'off', viewport: { width: 1280, height: 800 } },
  webServer: e2e.webServer && { ...e2e.webServer, cwd: fileURLToPath(new URL('..', import.meta.url)) },
})
