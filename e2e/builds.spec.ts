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
