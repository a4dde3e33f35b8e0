import { execFileSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { chromiumPath } from './browser'

/**
 * On a machine without the system Chromium, installs Playwright's own Chromium the first time the
 * browser tests run, so `npm test` does all the set-up. Where a browser is there, it does nothing.
 */
export default async function ensureBrowser() {
  if (chromiumPath) return
  try {
    const browser = await chromium.launch()
    await browser.close()
    return
  } catch (error) {
    if (!/Executable doesn't exist/i.test(String(error))) throw error
  }
  console.log('No Chromium at /usr/bin/chromium (or CHROMIUM_PATH): installing Playwright’s Chromium once.')
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
}
