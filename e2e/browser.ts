import { existsSync } from 'node:fs'

/** Debian's Chromium where it exists (CI, these machines); undefined: Playwright's own browser. */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const chromiumPath = existsSync(systemChromium) ? systemChromium : undefined
