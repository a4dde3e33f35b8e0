import { expect, test } from './fixtures'
import { expectVisibleFocus, tabTo } from './keyboard'

test('keyboard only: search, customize an image, apply, then read a build log', async ({ page }) => {
  await page.goto('/acme.com/images?latency=0')
  await expect(page.getByRole('heading', { name: 'Organization Images' })).toBeVisible()
  await page.keyboard.press('/')
  await expectVisibleFocus(page.getByRole('searchbox', { name: 'Search images' }))
  await page.keyboard.type('redis')
  const row = page.getByRole('link', { name: 'redis', exact: true })
  await tabTo(page, row)
  await expectVisibleFocus(row)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'redis' })).toBeVisible()

  const customize = page.getByRole('button', { name: 'Customize Image' })
  await tabTo(page, customize)
  await expectVisibleFocus(customize)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Customize Image' })
  await expectVisibleFocus(dialog.getByRole('searchbox', { name: 'Filter packages' }))
  await expect(dialog.getByText(/of 1\d{3} shown/)).toBeVisible()
  await page.keyboard.type('curl')

  const curl = dialog.getByRole('checkbox', { name: 'curl', exact: true })
  await tabTo(page, curl)
  await expectVisibleFocus(curl)
  await page.keyboard.press('Space')
  await expect(curl).toBeChecked()

  await tabTo(page, dialog.getByRole('button', { name: 'Preview Changes' }))
  await page.keyboard.press('Enter')
  const apply = dialog.getByRole('button', { name: 'Apply Changes' })
  await tabTo(page, apply)
  await expectVisibleFocus(apply)
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('redis was customized; builds started.')).toBeVisible()

  // the confirmation's link leads to the Builds tab; the dialog closes and gives focus back
  const seeBuilds = dialog.getByRole('link', { name: 'See the builds' })
  await tabTo(page, seeBuilds)
  await expectVisibleFocus(seeBuilds)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/acme\.com\/images\/redis\/builds$/)
  await expect(dialog).toHaveCount(0)
  await expect(customize).toBeFocused()

  // the new builds finish (the mock clock moves on), then the newest one's ID link opens its log in
  // the drawer, which puts focus on the log
  const table = page.getByRole('table', { name: 'Builds of redis' })
  await page.evaluate(() =>
    (
      window as unknown as { assemblyMocks: { clock: { advance(ms: number): void } } }
    ).assemblyMocks.clock.advance(120_000),
  )
  await expect(table.getByText('Running')).toHaveCount(0)
  const newest = table.getByRole('row').nth(1)
  await expect(newest).toContainText('Success')
  const buildId = (await newest.getByRole('link').textContent()) ?? ''
  const build = table.getByRole('link', { name: buildId, exact: true })
  await tabTo(page, build)
  await expectVisibleFocus(build)
  await page.keyboard.press('Enter')
  const drawer = page.getByRole('dialog', { name: buildId })
  await expect(drawer.getByRole('log')).toBeFocused()

  await page.keyboard.press('/')
  const search = drawer.getByRole('searchbox', { name: 'Search the log' })
  await expectVisibleFocus(search)
  await page.keyboard.type('redis')
  const count = drawer.locator('.log-count')
  await expect(count).toHaveText(/^1 of \d+$/)
  await page.keyboard.press('Enter')
  await expect(count).toHaveText(/^2 of \d+$/)
  await expect(drawer.locator('mark.current')).toBeInViewport()

  // Escape closes the drawer, the URL loses the build, and focus is back on the link that opened it
  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)
  await expect(page).toHaveURL(/\/acme\.com\/images\/redis\/builds$/)
  await expectVisibleFocus(build)
})

test('"?" lists the shortcuts of the screen shown; single-key ones can be turned off, and stay off', async ({
  page,
}) => {
  await page.goto('/acme.com/images?latency=0')
  const search = page.getByRole('searchbox', { name: 'Search images' })
  await expect(search).toBeVisible()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help.getByRole('region', { name: 'This page' })).toContainText('/Search images')
  await expect(help.getByRole('region', { name: 'Anywhere' })).toContainText('?Show the keyboard shortcuts')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  // a build's log drawer brings its own keys into the list
  await page.goto('/acme.com/images/node-with-tools/builds?latency=0')
  await page.getByRole('table', { name: 'Builds of node-with-tools' }).getByRole('link').first().click()
  const drawer = page.getByRole('dialog').filter({ has: page.getByRole('log') })
  await expect(drawer.getByRole('log')).toBeFocused()
  await page.keyboard.press('?')
  const log = help.getByRole('region', { name: 'Build log' })
  await expect(log).toContainText('/Search the log')
  await expect(log).toContainText('TShow or hide times')
  await expect(help.getByRole('region', { name: 'This page' })).toHaveCount(0)

  // turned off: "/" and "?" do nothing, after a reload too; the top bar button still opens the list
  const setting = help.getByRole('checkbox', { name: /^Single-key shortcuts/ })
  await setting.press('Space')
  await expect(setting).not.toBeChecked()
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.goto('/acme.com/images?latency=0')
  await expect(search).toBeVisible()
  await page.keyboard.press('/')
  await page.keyboard.press('?')
  await expect(search).not.toBeFocused()
  await expect(help).toHaveCount(0)

  const button = page.getByRole('button', { name: 'Keyboard shortcuts' })
  await tabTo(page, button)
  await expectVisibleFocus(button)
  await page.keyboard.press('Enter')
  await expect(setting).not.toBeChecked()
  await setting.press('Space')
  await page.keyboard.press('Escape')
  await expect(button).toBeFocused()
  await page.keyboard.press('/')
  await expectVisibleFocus(search)
})
