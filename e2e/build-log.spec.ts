import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

test('a failed build: open its log, read why, jump to the error, search, and share the line', async ({
  page,
}) => {
  await page.goto('/acme.com/images/python/builds?scenario=build-fails&latency=0')
  const table = page.getByRole('table', { name: 'Builds of python' })
  const newest = table.getByRole('row').nth(1)
  await expect(newest).toContainText('Failed')

  await newest.getByRole('link').click()
  const drawer = page.getByRole('dialog')
  await expect(page).toHaveURL(/\/acme\.com\/images\/python\/builds\/[0-9a-f]{16}\?/)
  await expect(drawer.getByRole('region', { name: 'What went wrong' })).toContainText(
    'python-3.13 and python-3.12 both install /usr/bin/python3.',
  )
  const log = drawer.getByRole('log')
  await expect(log).toBeFocused()

  await drawer.getByRole('button', { name: 'Jump to first error' }).click()
  await expect(page).toHaveURL(/#L\d+$/)
  const line = Number(new URL(page.url()).hash.slice(2))
  const selected = log.locator('.log-line.selected')
  await expect(selected).toHaveCount(1)
  await expect(selected).toContainText('ERROR')
  await expect(log.getByRole('link', { name: `Line ${line}`, exact: true })).toBeInViewport()
  await drawer.getByRole('button', { name: 'Next error' }).click()
  await expect(page).not.toHaveURL(new RegExp(`#L${line}$`))

  await page.keyboard.press('/')
  const search = drawer.getByRole('searchbox', { name: 'Search the log' })
  await expect(search).toBeFocused()
  await search.fill('python-3.12')
  const count = drawer.locator('.log-count')
  await expect(count).toHaveText(/^1 of \d+$/)
  const total = Number((await count.textContent())?.split(' of ')[1])
  expect(total).toBeGreaterThan(2)
  await search.press('Enter')
  await expect(count).toHaveText(`2 of ${total}`)
  await search.press('Shift+Enter')
  await search.press('Shift+Enter')
  await expect(count).toHaveText(`${total} of ${total}`)
  await expect(log.locator('mark.current')).toBeInViewport()

  // the line's permalink survives a reload: the drawer opens on the same line
  const permalink = page.url().replace(/#L\d+$/, `#L${line}`)
  await page.goto(permalink)
  const reopened = page.getByRole('dialog').getByRole('log')
  await expect(reopened.locator('.log-line.selected')).toContainText('ERROR')
  await expect(reopened.getByRole('link', { name: `Line ${line}` })).toBeInViewport()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page).toHaveURL(/\/acme\.com\/images\/python\/builds\?/)
})

/** Opens python's newest (failed) build in the build-fails scenario; returns the drawer's URL. */
async function openFailedBuild(page: Page) {
  await page.goto('/acme.com/images/python/builds?scenario=build-fails&latency=0')
  await page
    .getByRole('table', { name: 'Builds of python' })
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .click()
  await expect(page.getByRole('dialog').getByRole('log')).toBeAttached()
  return page.url().replace(/#.*$/, '')
}

test('a link to a line the log does not have says so', async ({ page }) => {
  const url = await openFailedBuild(page)
  const drawer = page.getByRole('dialog')
  const lines = await drawer.getByRole('log').evaluate(() => {
    const numbers = [...document.querySelectorAll('.log-number')].map((link) => Number(link.textContent))
    return Math.max(...numbers)
  })
  expect(lines).toBeGreaterThan(10)

  await page.goto(`${url}#L9999`)
  await page.reload()
  const notice = drawer.getByRole('status').filter({ hasText: /does not exist/ })
  await expect(notice).toHaveText(/^Line 9999 does not exist: this log has \d+ lines\.$/)

  await page.goto(`${url}#Lfoo`)
  await page.reload()
  await expect(notice).toHaveText(/^Line “foo” does not exist: this log has \d+ lines\.$/)

  // choosing a line that exists puts the notice away
  await drawer.getByRole('log').getByRole('link', { name: 'Line 3', exact: true }).click()
  await expect(page).toHaveURL(/#L3$/)
  await expect(notice).toHaveCount(0)
})

test('scrolled sideways, the lines keep their numbers in view, over the text, and clickable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 700 })
  await openFailedBuild(page)
  const log = page.getByRole('dialog').getByRole('log')
  const number = log.getByRole('link', { name: 'Line 1', exact: true })
  const text = log.locator('.log-line').first()
  // measured where the drawer stays, once it has slid in
  await page
    .getByRole('dialog')
    .evaluate((drawer) => Promise.all(drawer.getAnimations({ subtree: true }).map((a) => a.finished)))
  const before = { number: await number.boundingBox(), text: await text.boundingBox() }
  const scrolled = await log.evaluate((element) => {
    element.scrollLeft = 300
    return element.scrollLeft
  })
  expect(scrolled, 'the log is wider than the drawer').toBeGreaterThan(100)
  await expect.poll(async () => (await text.boundingBox())?.x).toBeLessThan((before.text?.x ?? 0) - 100)
  expect((await number.boundingBox())?.x).toBe(before.number?.x)
  // drawn over the text that went under it: a click reaches it
  await number.click()
  await expect(page).toHaveURL(/#L1$/)
  await expect(log.locator('.log-line.selected')).toHaveCount(1)
})

test('the log’s tools fit on one row at 1280 px, with a search and an error chosen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openFailedBuild(page)
  const drawer = page.getByRole('dialog')
  const tools = drawer.getByRole('toolbar', { name: 'Log tools' })
  const rows = async () => {
    const controls = tools.locator('input, button, select')
    const middles = new Set<number>()
    for (const box of await controls.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect()),
    ))
      middles.add(Math.round(box.top + box.height / 2))
    return middles.size
  }
  expect(await rows()).toBe(1)
  await drawer.getByRole('button', { name: 'Jump to first error' }).click()
  await expect(tools).toContainText(/Error 1 of \d+/)
  await drawer.getByRole('searchbox', { name: 'Search the log' }).fill('e')
  await expect(drawer.locator('.log-count')).toHaveText(/^1 of \d+$/)
  expect(await rows()).toBe(1)
})

for (const { name, width, height, scale } of [
  { name: '200 % zoom', width: 640, height: 400, scale: 2 },
  { name: '400 % zoom', width: 320, height: 200, scale: 4 },
  { name: 'a phone', width: 390, height: 844, scale: 1 },
  { name: 'a short window', width: 1280, height: 500, scale: 1 },
  { name: 'a small window', width: 800, height: 500, scale: 1 },
])
  test.describe(`at ${name}`, () => {
    test.use({ viewport: { width, height }, deviceScaleFactor: scale })

    test('the log keeps at least about half the height, all of it in view once scrolled to', async ({
      page,
    }) => {
      await openFailedBuild(page)
      const log = page.getByRole('dialog').getByRole('log')
      await log.scrollIntoViewIfNeeded()
      const box = await log.boundingBox()
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(height * 0.45)
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0)
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height + 1)
      await expect(log.locator('.log-line').first()).toBeInViewport()
    })
  })

test('"/" from the build’s Details shows the log with its search ready to type in', async ({ page }) => {
  await openFailedBuild(page)
  const drawer = page.getByRole('dialog')
  await drawer.getByRole('tab', { name: 'Details' }).click()
  await expect(page).toHaveURL(/[?&]part=details/)
  await expect(drawer.getByRole('log')).toBeHidden()

  await page.keyboard.press('/')
  await page.keyboard.type('python-3.12')
  await expect(page).not.toHaveURL(/part=/)
  await expect(drawer.getByRole('tab', { name: 'Log' })).toHaveAttribute('aria-selected', 'true')
  const search = drawer.getByRole('searchbox', { name: 'Search the log' })
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('python-3.12')
  await expect(drawer.locator('.log-count')).toHaveText(/^1 of \d+$/)
})
