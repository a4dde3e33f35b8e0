import { expect, test } from './fixtures'

test('customize an image with two packages: preview, apply, see the builds start', async ({ page }) => {
  await page.goto('/acme.com/images/redis?latency=0')
  await page.getByRole('button', { name: 'Customize Image' }).click()
  const dialog = page.getByRole('dialog', { name: 'Customize Image' })
  await expect(dialog.getByText(/of 1\d{3} shown/)).toBeVisible()

  const filter = dialog.getByRole('searchbox', { name: 'Filter packages' })
  await expect(filter).toBeFocused()
  for (const name of ['curl', 'jq']) {
    await filter.fill(name)
    await dialog.getByRole('checkbox', { name, exact: true }).check()
  }
  await expect(dialog.getByRole('list', { name: 'Packages added' }).getByRole('listitem')).toHaveText([
    'curl',
    'jq',
  ])

  await dialog.getByRole('button', { name: 'Preview Changes' }).click()
  await expect(dialog.getByRole('region', { name: 'Packages added' })).toContainText('curl')
  await dialog.getByRole('button', { name: 'Apply Changes' }).click()
  await expect(dialog.getByText('redis was customized; builds started.')).toBeVisible()

  await dialog.getByRole('link', { name: 'See the builds' }).click()
  await expect(page).toHaveURL(/\/acme\.com\/images\/redis\/builds$/)
  await page.keyboard.press('Escape')
  await expect(page.getByText('Running').first()).toBeVisible()
})

test('create a new image and find it in Organization Images', async ({ page }) => {
  await page.goto('/acme.com/images/node?latency=0')
  await page.getByRole('button', { name: 'Customize Image' }).click()
  const dialog = page.getByRole('dialog', { name: 'Customize Image' })
  await expect(dialog.getByText(/of 1\d{3} shown/)).toBeVisible()
  await dialog.getByRole('searchbox', { name: 'Filter packages' }).fill('jq')
  await dialog.getByRole('checkbox', { name: 'jq', exact: true }).check()
  await dialog.getByRole('radio', { name: 'Create a new image' }).check()
  await dialog.getByRole('textbox', { name: 'New image name' }).fill('node-jq')
  await dialog.getByRole('button', { name: 'Preview Changes' }).click()
  await dialog.getByRole('button', { name: 'Create node-jq' }).click()
  await expect(dialog.getByText('node-jq was created; builds started.')).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByRole('link', { name: 'Organization Images' }).first().click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'node-jq', exact: true }) })
  await expect(row).toContainText('Customized')
  await expect(row).toContainText('Based on chainguard/node')
})
