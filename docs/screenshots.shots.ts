import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'

/** Each screen of the README, from the demo console, written to `docs/screenshots/<name>.png`. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url)) })
}

test.use({ colorScheme: 'light' })

test('Organization Images', async ({ page }) => {
  await page.goto('/acme.com/images?latency=0')
  await expect(
    page.getByRole('table', { name: 'Images of acme.com' }).getByRole('link').first(),
  ).toBeVisible()
  await page.mouse.move(0, 0)
  await shot(page, 'images')
})

test('image page: Versions', async ({ page }) => {
  await page.goto('/acme.com/images/python?latency=0')
  await expect(page.getByText('latest-dev').first()).toBeVisible()
  await shot(page, 'image-versions')
})

test('Customize Image: select, then preview', async ({ page }) => {
  await page.goto('/acme.com/images/python?latency=0')
  await page.getByRole('button', { name: 'Customize Image' }).click()
  const dialog = page.getByRole('dialog', { name: 'Customize Image' })
  await expect(dialog.getByText(/of 1\d{3} shown/)).toBeVisible()
  for (const name of ['curl', 'jq']) {
    await dialog.getByRole('searchbox', { name: 'Filter packages' }).fill(name)
    await dialog.getByRole('checkbox', { name, exact: true }).check()
  }
  await dialog.getByRole('searchbox', { name: 'Filter packages' }).fill('py3')
  await shot(page, 'customize-select')
  await dialog.getByRole('button', { name: 'Preview Changes' }).click()
  await expect(dialog.getByText('Packages added')).toBeVisible()
  await shot(page, 'customize-preview')
})

test('Builds and the log drawer of a failed build, dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/acme.com/images/python/builds?scenario=build-fails&latency=0')
  const builds = page.getByRole('table', { name: 'Builds of python' })
  await expect(builds.getByText('Failed').first()).toBeVisible()
  await shot(page, 'builds')
  await builds.getByRole('row').nth(1).getByRole('link').click()
  await expect(page.getByRole('log')).toBeVisible()
  await page.getByRole('button', { name: 'Jump to first error' }).click()
  await shot(page, 'log-drawer')
})

test('Build config: the editor, the forms, the review', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1150 })
  await page.goto('/acme.com/images/nginx/build-config?latency=0')
  await page.getByRole('button', { name: 'Edit' }).click()
  const editor = page.locator('.monaco-editor').first()
  await expect(editor.locator('.view-lines')).toContainText('curl', { timeout: 20_000 })
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('environment:\n')
  await page.keyboard.type('CHAINGUARD_MODE: "on"')
  await expect(page.getByRole('list', { name: 'Problems' })).toBeVisible()
  await shot(page, 'build-config-edit')
  await editor.locator('.view-line', { hasText: 'CHAINGUARD_MODE' }).getByText('CHAINGUARD_MODE').dblclick()
  await page.keyboard.type('APP_MODE')
  await page.getByRole('button', { name: 'Review changes' }).click()
  await expect(page.locator('.monaco-diff-editor .line-insert').first()).toBeVisible()
  await shot(page, 'build-config-review')
})

test('narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/acme.com/images/nginx/builds?latency=0')
  await expect(page.getByRole('table', { name: 'Builds of nginx' }).getByRole('link').first()).toBeVisible()
  await shot(page, 'narrow-builds')
})
