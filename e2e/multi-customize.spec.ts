import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { CustomizeImagesDialog, customizeTwoWithOneFailing } from './pages/customize-images'
import { ImagesPage } from './pages/images-page'
import { mockBackend } from './pages/mock-backend'

// one save fails on purpose
test.use({ allowConsole: [/status of 503/] })

/** The demo backend refuses the image's next save with a 503. */
const failNextSave = (page: Page) => async (image: string) => {
  const repo = await mockBackend.repo(page, image)
  if (!repo?.id) throw new Error(`no ${image}`)
  await mockBackend.inject(page, {
    method: 'PUT',
    path: repo.id,
    answer: 503,
    message: 'The registry is busy.',
    times: 1,
  })
}

test('customize two images with one failing, then retry it', async ({ page }) => {
  await ImagesPage.open(page, '/acme.com/images?latency=0')
  await customizeTwoWithOneFailing(page, ['node', 'python'], failNextSave(page))
  expect((await mockBackend.repo(page, 'python'))?.customOverlay).toMatchObject({
    contents: { packages: expect.arrayContaining(['curl', 'jq']) },
  })
})

test('by keyboard: Space ticks, Escape clears, the dialog works without a pointer', async ({ page }) => {
  await ImagesPage.open(page, '/acme.com/images?latency=0')
  const node = page.getByRole('checkbox', { name: 'Select node', exact: true })
  await node.focus()
  await page.keyboard.press('Space')
  await expect(node).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(node).not.toBeChecked()
  await expect(page.getByRole('region', { name: 'Selected images' })).toBeHidden()

  for (const image of ['node', 'redis']) {
    await page.getByRole('checkbox', { name: `Select ${image}`, exact: true }).focus()
    await page.keyboard.press('Space')
  }
  const customize = page.getByRole('button', { name: 'Customize 2 images' })
  await customize.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Customize 2 images' })
  await expect(dialog.getByRole('searchbox', { name: 'Filter packages' })).toBeFocused()
  await page.keyboard.type('jq')
  await expect(dialog.getByText(/of 1\d{3} shown$/)).toBeVisible()
  const jq = dialog.getByRole('checkbox', { name: 'jq', exact: true })
  await jq.focus()
  await page.keyboard.press('Space')
  await expect(jq).toBeChecked()
  await dialog.getByRole('button', { name: 'Preview Changes' }).focus()
  await page.keyboard.press('Enter')
  await dialog.getByRole('button', { name: 'Apply to 2 images' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('2 images customized; builds started.')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(customize).toBeFocused()
})

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations: selection, checklist, preview, results (${theme})`, async ({ page }) => {
    await ImagesPage.open(page, '/acme.com/images?latency=0')
    await page.getByRole('button', { name: /^Theme/ }).click()
    await page.getByRole('menuitemradio', { name: theme === 'dark' ? 'Dark' : 'Light' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await page.getByRole('checkbox', { name: 'Select node', exact: true }).check()
    await expectAccessible(page, `one image selected (${theme})`)
    const dialog = await CustomizeImagesDialog.open(page, ['node', 'python'])
    await dialog.filter.fill('nodejs-24')
    await expectAccessible(page, `checklist with a package locked for one image (${theme})`)
    await (await dialog.show('jq')).check()
    await dialog.button('Preview Changes').click()
    await expectAccessible(page, `preview per image (${theme})`)
    await failNextSave(page)('python')
    await dialog.button('Apply to 2 images').click()
    await expect(dialog.image('python')).toContainText('Failed')
    await expectAccessible(page, `a result row per image, one failed (${theme})`)
  })
}
