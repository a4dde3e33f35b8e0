import { expect, test } from './fixtures'
import { ImagePage } from './pages/image-page'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('each tag in Versions copies its pull command, from the mouse or the keyboard', async ({ page }) => {
  await page.goto('/acme.com/images/python?latency=0')
  const table = new ImagePage(page).versionsTable
  const chip = table.getByRole('button', { name: 'Copy pull command for 3.12', exact: true })
  await chip.click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'docker pull cgr.dev/acme.com/python:3.12',
  )
  await expect(chip).toHaveAttribute('data-state', 'copied')
  await expect(chip).toHaveAttribute('title', 'Copied docker pull cgr.dev/acme.com/python:3.12')
  await expect(page.getByRole('status').filter({ hasText: 'Copied pull command for 3.12' })).toBeAttached()
  // the check goes away after a moment, ready to copy again
  await expect(chip).toHaveAttribute('data-state', 'idle', { timeout: 5_000 })

  const dev = table.getByRole('button', { name: 'Copy pull command for latest-dev', exact: true })
  await dev.focus()
  await page.keyboard.press('Enter')
  await expect(dev).toBeFocused()
  await expect(dev).toHaveAttribute('data-state', 'copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'docker pull cgr.dev/acme.com/python:latest-dev',
  )
  await page.keyboard.press('Tab')
  await expect(table.getByRole('button', { name: /^Copy pull command for [^ ]+-dev$/ }).nth(1)).toBeFocused()

  // a development variant says so in words beside its tags, not as one more tag
  const devRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Copy pull command for latest-dev', exact: true }) })
  await expect(devRow.getByText('Development variant: includes a shell and apk')).toBeVisible()
  await expect(devRow.getByRole('list', { name: 'Tags' })).not.toContainText('Development variant')
})
