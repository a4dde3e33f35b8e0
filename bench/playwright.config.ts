import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import e2e from '../playwright.config'
import { HARNESS_PORT } from './harness/port'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * `npm run bench`: the same browser and server as the e2e suite, plus the log-viewer harness on
 * its own port; one worker, no retries. It reports figures.
 */
export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  projects: e2e.projects?.filter((project) => project.name === 'chromium'),
  workers: 1,
  retries: 0,
  timeout: 600_000,
  reporter: [['list']],
  use: { ...e2e.use, trace: 'off' },
  webServer: [
    ...[e2e.webServer ?? []].flat().map((server) => ({ ...server, cwd: root })),
    {
      command: `npx vite preview -c bench/harness/vite.config.ts --port ${HARNESS_PORT} --strictPort`,
      url: `http://localhost:${HARNESS_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      cwd: root,
    },
  ],
})
