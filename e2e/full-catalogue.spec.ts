import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { ImagePage } from './pages/image-page'
import { ImagesPage } from './pages/images-page'

const ORG = 'umbrella.corp'
const IMAGES = 1_800
/** the image with 3,000 tags */
const BUSIEST = 'node'

test('an organization of 1,800 images: the list draws the rows in view, scrolls to the last, finds it by name', async ({
  page,
}) => {
  const images = await ImagesPage.open(page, `/${ORG}/images?scenario=full-catalogue&latency=0`)
  await expect(page.getByText(`${IMAGES.toLocaleString('en')} images.`)).toBeVisible()
  await expect(images.table).toHaveAttribute('aria-rowcount', String(IMAGES + 1))
  const rows = images.table.locator('tbody tr[aria-rowindex]')
  await expect(rows.first()).toBeVisible()
  const drawn = await rows.count()
  expect(drawn).toBeLessThan(100)
  await expect(images.table.locator('.latest-pending')).toHaveCount(0)
  await expectAccessible(page, 'a windowed images list')

  // tabbing through the rows goes on past the rows drawn at first (each row has a few stops: its
  // checkbox, its link, its copy button)
  const stops = await rows.first().locator('a, button, input').count()
  await images.imageLink((await rows.first().getByRole('link').textContent()) ?? '').focus()
  for (let step = 0; step < stops * drawn; step++) await page.keyboard.press('Tab')
  const focusedRow = page.locator('tbody tr[aria-rowindex]', { has: page.locator(':focus') })
  await expect(focusedRow).toBeInViewport()
  expect(Number(await focusedRow.getAttribute('aria-rowindex'))).toBeGreaterThan(drawn + 1)

  // the End key shows the last row, though rows drawn on the way are taller than their estimate
  await page.keyboard.press('End')
  const last = images.table.locator(`tbody tr[aria-rowindex="${IMAGES + 1}"]`)
  await expect(last).toBeInViewport({ ratio: 1 })
  const name = (await last.getByRole('link').first().textContent()) ?? ''
  expect(name).not.toBe('')

  await page.keyboard.press('Home')
  await images.search.fill(name)
  await expect(page.getByText(`1 of ${IMAGES.toLocaleString('en')} shown`)).toBeVisible()
  await expect(images.imageLink(name)).toBeVisible()
  await expect(images.table.locator('tbody tr')).toHaveCount(1)
})

test(`the ${BUSIEST} image's 3,000 tags: Versions draws the rows in view and filters all of them`, async ({
  page,
}) => {
  await page.goto(`/${ORG}/images/${BUSIEST}?scenario=full-catalogue&latency=0`)
  const table = new ImagePage(page).versionsTable
  const status = page.getByRole('status').filter({ hasText: /versions$/ })
  await expect(status).toHaveText(/^\d+ versions$/)
  const total = Number((await status.textContent())?.split(' ')[0])
  expect(total).toBeGreaterThan(1000)
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1))
  expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(100)
  await expectAccessible(page, 'a windowed versions table')

  await page.keyboard.press('End')
  const oldest = table.locator(`tbody tr[aria-rowindex="${total + 1}"]`)
  await expect(oldest).toBeInViewport({ ratio: 1 })
  const tag = (await oldest.getByRole('listitem').first().textContent())?.trim() ?? ''
  expect(tag).toMatch(/^\d+\.\d+\.\d+-dev$/)

  await page.keyboard.press('Home')
  await page.getByRole('searchbox', { name: 'Filter versions' }).fill(tag)
  // the tag, and any whose name contains it (`1.0.0-dev` is in `11.0.0-dev`)
  await expect(status).toHaveText(new RegExp(`^[1-9] of ${total} versions$`))
  await expect(table.getByRole('button', { name: `Copy pull command for ${tag}`, exact: true })).toBeVisible()
})
