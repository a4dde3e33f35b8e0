import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('keyboard only: search, open an image, customize it and apply', async ({ page }) => {
  await page.goto('/acme.com/images?latency=0')
  await expect(page.getByRole('heading', { name: 'Organization Images' })).toBeVisible()
  await page.keyboard.press('/')
  await page.keyboard.type('redis')
  await tabTo(page, page.getByRole('link', { name: 'redis', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'redis' })).toBeVisible()

  const customize = page.getByRole('button', { name: 'Customize Image' })
  await tabTo(page, customize)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Customize Image' })
  await expect(dialog.getByRole('searchbox', { name: 'Filter packages' })).toBeFocused()
  await expect(dialog.getByText(/of 1\d{3} shown/)).toBeVisible()
  await page.keyboard.type('curl')

  const curl = dialog.getByRole('checkbox', { name: 'curl', exact: true })
  await tabTo(page, curl)
  await page.keyboard.press('Space')
  await expect(curl).toBeChecked()

  await tabTo(page, dialog.getByRole('button', { name: 'Preview Changes' }))
  await page.keyboard.press('Enter')
  await tabTo(page, dialog.getByRole('button', { name: 'Apply Changes' }))
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('redis was customized; builds started.')).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(customize).toBeFocused()
})
