// @vitest-environment node
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

// msw's install script is denied (package.json `allowScripts`), so nothing refreshes the committed
// worker on install: after an msw upgrade, `npx msw init` writes the new one.
it('the committed public/mockServiceWorker.js is the one of the installed msw', () => {
  const committed = readFileSync(
    fileURLToPath(new URL('../public/mockServiceWorker.js', import.meta.url)),
    'utf8',
  )
  const installed = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8')
  expect(committed).toBe(installed)
})
