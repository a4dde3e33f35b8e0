import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import e2e from '../playwright.config'

/** `npm run bench`: the same browser and server as the e2e suite, one worker, no retries. It reports figures. */
export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [['list']],
  use: { ...e2e.use, trace: 'off' },
  webServer: e2e.webServer && { ...e2e.webServer, cwd: fileURLToPath(new URL('..', import.meta.url)) },
})
