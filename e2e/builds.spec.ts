import { expect, test } from './fixtures'
import { CustomizeDialog } from './pages/customize-dialog'
import { ImagePage } from './pages/image-page'
import { mockBackend } from './pages/mock-backend'

test('when the builds finish, the image’s versions, pull command and build versions are read again', async ({
  page,
}) => {
  const image = new ImagePage(page)
  const dialog = await CustomizeDialog.open(page, 'acme.com/images/python')
  await dialog.pick('jq')
  await dialog.button('Preview Changes').click()
  await dialog.button('Apply Changes').click()
  await dialog.root.getByRole('link', { name: 'See the builds' }).click()
  const table = page.getByRole('table', { name: 'Builds of python' })
  await expect(table.getByText('Running').first()).toBeVisible()
  const byDigest = page.locator('.command').filter({ hasText: 'By digest' }).locator('code')
  const oldPull = await byDigest.textContent()

  // the demo's builds take about 20 s; move the mock clock past them
  await mockBackend.advanceClock(page, 120_000)
  await expect(table.getByText('Running')).toHaveCount(0)

  // the newest build of the latest stream made the digest that "latest" now points at
  const latest = table
    .getByRole('row')
    .filter({ has: page.getByRole('listitem').getByText('latest', { exact: true }) })
  await expect(latest).toHaveCount(1)
  await expect(latest).toContainText('just now')
  const digest = (await latest.locator('.digest code').textContent()) ?? ''
  expect(digest).toMatch(/^sha256:[0-9a-f]{12}$/)
  await expect(byDigest).not.toHaveText(oldPull ?? '')
  await expect(byDigest).toContainText(`docker pull cgr.dev/acme.com/python@${digest}`)
  await expect(table.getByRole('row').nth(1).getByRole('listitem').first()).toBeVisible()

  await image.tab('Versions').click()
  await expect(image.versionsTable.getByRole('row').nth(1)).toBeVisible()
  await expect(image.versionsTable).not.toContainText('hours ago')
})

test('the Refresh button keeps its place while builds run and once they finish', async ({ page }) => {
  await page.goto('/acme.com/images/redis/builds?latency=0')
  const table = page.getByRole('table', { name: 'Builds of redis' })
  await expect(table.or(page.getByText('No builds in the last 24 hours'))).toBeVisible()
  await mockBackend.startBuilds(page, 'redis', ['jq'])
  const refresh = page.getByRole('button', { name: 'Refresh' })
  await refresh.click()
  await expect(page.getByText(/refreshing while a build runs/)).toBeVisible()

  const widths = [1280, 1024, 800, 390]
  const whileRunning = []
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 })
    whileRunning.push(await refresh.boundingBox())
  }
  await mockBackend.advanceClock(page, 120_000)
  await expect(table.getByText('Running')).toHaveCount(0)
  await expect(page.getByText(/refreshing while a build runs/)).toHaveCount(0)
  for (const [index, width] of widths.entries()) {
    await page.setViewportSize({ width, height: 800 })
    expect(await refresh.boundingBox(), `at ${width} px`).toEqual(whileRunning[index])
  }
})
