import { expect, test } from './fixtures'
import { ImagePage } from './pages/image-page'
import { ImagesPage } from './pages/images-page'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('a user browses images: first org, switch org, search, open, copy, versions, reload', async ({
  page,
}) => {
  const images = await ImagesPage.open(page, '/')
  await expect(page).toHaveURL(/\/acme\.com\/images$/)
  await expect(images.imageLink('node')).toBeVisible()
  await expect(page.getByRole('button', { name: /Organization: acme\.com/ })).toBeVisible()

  await images.switchOrganization('globex.io')
  await expect(images.imageLink('postgres')).toBeVisible()
  await expect(images.imageLink('ruby')).toHaveCount(0)

  await images.switchOrganization('acme.com')
  await page.keyboard.press('/')
  await expect(images.search).toBeFocused()
  await page.keyboard.type('pyth')
  await expect(images.table.getByRole('row')).toHaveCount(2)
  await expect(page).toHaveURL(/\?q=pyth$/)

  const image = await images.openImage('python')
  await expect(page).toHaveURL(/\/acme\.com\/images\/python$/)
  expect(await image.copyPullCommandByTag()).toBe('docker pull cgr.dev/acme.com/python:latest')

  await expect(image.tab('Versions')).toHaveAttribute('aria-current', 'page')
  await expect(image.versionsTable.getByRole('row').filter({ hasText: 'latest-dev' })).toContainText('dev')
  await page.getByRole('searchbox', { name: 'Filter versions' }).fill('3.12')
  await expect(image.versionsTable.getByRole('row')).toHaveCount(3)

  await page.reload()
  const reloaded = new ImagePage(page)
  await expect(reloaded.heading('python')).toBeVisible()
  await expect(page).toHaveURL(/\/acme\.com\/images\/python\?filter=3\.12$/)
  await expect(page.getByRole('searchbox', { name: 'Filter versions' })).toHaveValue('3.12')
  await expect(reloaded.versionsTable.getByRole('row')).toHaveCount(3)
})

test('deep links to a tab survive reload; tabs live in the URL', async ({ page }) => {
  await page.goto('/acme.com/images/nginx/build-config')
  const image = new ImagePage(page)
  await expect(image.heading('nginx')).toBeVisible()
  await expect(image.tab('Build config')).toHaveAttribute('aria-current', 'page')
  await expect(page.getByLabel('Build config document')).toContainText('packages:')
  await image.tab('Builds').click()
  await expect(page).toHaveURL(/\/nginx\/builds$/)
  await page.reload()
  await expect(image.tab('Builds')).toHaveAttribute('aria-current', 'page')
  // a reload boots the demo backend again, with its simulated latency: allow for a busy machine
  await expect(page.getByRole('table', { name: 'Builds of nginx' }).getByText('Success').first()).toBeVisible(
    { timeout: 30_000 },
  )
})

test('the Customize Image dialog opens, closes on Escape and gives focus back', async ({ page }) => {
  await page.goto('/acme.com/images/node')
  const button = page.getByRole('button', { name: 'Customize Image' })
  await button.click()
  await expect(page.getByRole('dialog', { name: 'Customize Image' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(button).toBeFocused()
})

test('an organization without Custom Assembly explains why Customize is unavailable', async ({ page }) => {
  await page.goto('/globex.io/images/node')
  const button = page.getByRole('button', { name: 'Customize Image' })
  await expect(button).toBeDisabled()
  await expect(page.getByText('Custom Assembly is not enabled for globex.io')).toBeVisible()
})

test.describe('server errors', () => {
  test.use({ allowConsole: [/status of 503/] })

  test('the server-errors scenario shows a clear error with a retry', async ({ page }) => {
    await page.goto('/acme.com/images?scenario=server-errors&latency=0')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not load the images', { timeout: 30_000 })
    await expect(alert).toContainText('temporarily unavailable')
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
  })
})

test('the theme can be switched and is remembered', async ({ page }) => {
  await page.goto('/acme.com/images')
  await page.getByRole('button', { name: /^Theme/ }).click()
  await page.getByRole('menuitemradio', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})
