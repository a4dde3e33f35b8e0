import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Records whether "Image not found" ever flashes on the page (a rename or delete must not show it). */
async function watchForNotFound(page: Page) {
  await page.evaluate(() => {
    const seen = { notFound: false }
    Object.assign(window, { seen })
    new MutationObserver(() => {
      if (document.body.textContent?.includes('Image not found')) seen.notFound = true
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { seen: { notFound: boolean } }).seen.notFound)
}

test('rename a created image, then delete it by typing its name', async ({ page }) => {
  await page.goto('/acme.com/images/node-with-tools?latency=0')
  const sawNotFound = await watchForNotFound(page)
  const rename = page.getByRole('button', { name: 'Rename' })
  await rename.click()
  const renameDialog = page.getByRole('dialog', { name: 'Rename image' })
  const name = renameDialog.getByRole('textbox', { name: 'Image name' })
  await expect(name).toBeFocused()
  await name.fill('node-toolbox')
  await name.press('Enter')
  await expect(page).toHaveURL(/\/acme\.com\/images\/node-toolbox$/)
  await expect(page.getByRole('heading', { level: 1, name: 'node-toolbox' })).toBeVisible()
  await expect(page.getByText('node-with-tools was renamed to node-toolbox.', { exact: false })).toBeVisible()
  await expect(rename).toBeFocused()
  expect(await sawNotFound(), 'after rename').toBe(false)

  const more = page.getByRole('button', { name: 'More actions' })
  await more.click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  const deleteDialog = page.getByRole('dialog', { name: 'Delete node-toolbox' })
  const confirm = deleteDialog.getByRole('textbox', { name: 'Type node-toolbox to confirm' })
  await expect(confirm).toBeFocused()
  await expect(deleteDialog.getByRole('button', { name: 'Delete node-toolbox' })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(deleteDialog).toBeHidden()
  await expect(more).toBeFocused()

  await more.press('Enter')
  await page.getByRole('menuitem', { name: 'Delete' }).press('Enter')
  await confirm.fill('node-toolbox')
  await deleteDialog.getByRole('button', { name: 'Delete node-toolbox' }).click()
  await expect(page).toHaveURL(/\/acme\.com\/images$/)
  await expect(page.getByRole('status').filter({ hasText: 'node-toolbox was deleted.' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'node-toolbox', exact: true })).toHaveCount(0)
  expect(await sawNotFound()).toBe(false)
})

test('remove the customizations of an image from More actions', async ({ page }) => {
  await page.goto('/acme.com/images/nginx?latency=0')
  await expect(page.getByText('Customized', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Remove customizations' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove customizations' })
  // a destructive question starts on the safe answer
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Remove customizations' }).click()
  await expect(dialog.getByText('Customizations removed from nginx; builds started.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).first().click()
  await expect(page.getByText('Customized', { exact: true })).toBeHidden()
  await page.getByRole('navigation', { name: 'Image sections' }).getByRole('link', { name: 'Builds' }).click()
  await expect(
    page.getByRole('table', { name: 'Builds of nginx' }).getByText('Running').first(),
  ).toBeVisible()
})
