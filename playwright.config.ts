import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'
import { chromiumPath } from './e2e/browser'
import type { StackOptions } from './e2e/real/stack'

/**
 * Chromium's features turned off, in one switch: Chromium keeps only the last `--disable-features`
 * it is given, so this one repeats the list Playwright (1.65) passes on Linux and adds two of ours.
 * Each new window of Chromium 156 loads its address bar's popup, a web page of its own
 * (WebUIOmniboxPopup), beside the page under test: on a two-core machine, turning it off took the
 * real-mode console's first screen from about 1.3 s to 0.8 s.
 */
const disabledFeatures = [
  // Playwright's own
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // ours
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
]

const browserArgs = [
  `--disable-features=${disabledFeatures.join(',')}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
/** `E2E_PORT` lets two checkouts run their suites side by side. */
const port = Number(process.env.E2E_PORT ?? 4173)
/** Real mode's two consoles take the next two ports; their mock APIs `E2E_MOCK_API_PORT` and the next. */
const mockApiPort = Number(process.env.E2E_MOCK_API_PORT ?? 8788)
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: chromiumPath, args: browserArgs },
}

export default defineConfig<StackOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // two workers on a two-core machine, which may be slow: a first visit with the demo backend takes
  // 2 s on one such machine and over 8 s beside the other worker; lazy chunks such as Monaco, longer
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // a failing test keeps a trace of the page at each step, without the screencast: filming every
    // frame took a good part of a two-core machine (the tests ran about 1.6 times as long)
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  // installs Playwright's Chromium on a machine that has no system Chromium (an absolute path: the
  // bench and screenshot configs reuse this one from their folders)
  globalSetup: fileURLToPath(new URL('./e2e/global-setup.ts', import.meta.url)),
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/real/**',
      use: chromium,
    },
    // Real mode (e2e/real): the real-mode build (`dist-real`) signed in to `npm run mock-api`, served
    // by `vite preview` and by nginx with the README's config; each starts its own servers. Each test
    // is a long journey (Monaco included, builds run to the end), so it has a minute.
    {
      name: 'real',
      testMatch: '**/real/*.spec.ts',
      workers: 1,
      timeout: 60_000,
      use: { ...chromium, via: 'preview', ports: { app: port + 1, api: mockApiPort } },
    },
    {
      name: 'real-nginx',
      testMatch: '**/real/*.spec.ts',
      workers: 1,
      timeout: 60_000,
      use: { ...chromium, via: 'nginx', ports: { app: port + 2, api: mockApiPort + 1 } },
    },
  ],
  // `npm run test:e2e` builds first; this serves the built demo console.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { PORT: String(port) },
  },
})
