import { expect, test } from './fixtures'

test('the huge log opens, scrolls and finds a rare word', async ({ page }) => {
  // 25 MB of log through the mock service worker, twice
  test.setTimeout(120_000)
  await page.goto('/acme.com/images/node/builds?scenario=huge-log&latency=0')
  await page
    .getByRole('table', { name: 'Builds of node' })
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .first()
    .click()
  const drawer = page.getByRole('dialog')
  const log = drawer.getByRole('log')
  // its first lines show while the rest of the 25 MB arrives
  await expect(log.locator('.log-line').first()).toBeVisible()
  await drawer.getByRole('searchbox', { name: 'Search the log' }).fill('zircon')
  await expect(drawer.locator('.log-count')).toHaveText('1 of 17')
  await drawer.getByRole('searchbox', { name: 'Search the log' }).press('Shift+Enter')
  await expect(drawer.locator('.log-count')).toHaveText('17 of 17')
  await expect(log.locator('mark.current')).toBeInViewport()
  await expect(log.locator('mark.current')).toHaveText('zircon')

  // a link to lines deep in the log opens on them
  await page.goto(`${page.url().replace(/#.*$/, '')}#L150000-L150010`)
  await page.reload()
  const reopened = page.getByRole('dialog').getByRole('log')
  await expect(reopened.getByRole('link', { name: 'Line 150005', exact: true })).toBeInViewport({
    timeout: 40_000,
  })
  await expect(reopened.locator('.log-line.selected')).toHaveCount(11)
  await expect(reopened.locator('.log-line.selected').first()).toContainText(/\S/)
})
