import { expect, test } from './fixtures'

// react-router warns once per load when a lazy route has nothing to show while its code arrives
const ROUTER_WARNING = /HydrateFallback|hydrateFallbackElement/

for (const url of [
  '/',
  '/acme.com/images',
  '/acme.com/images/node',
  '/acme.com/images/node/builds',
  '/acme.com/images/node/build-config',
]) {
  test(`loading ${url} logs no router warning`, async ({ page }) => {
    const warnings: string[] = []
    page.on('console', (message) => {
      if (ROUTER_WARNING.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`)
    })
    await page.goto(`${url}?latency=0`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(warnings).toEqual([])
  })
}
