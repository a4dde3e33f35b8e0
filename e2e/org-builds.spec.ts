import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { ImagesPage } from './pages/images-page'

/** The organization's builds page, as a user sees it. */
function orgBuilds(page: Page, org = 'acme.com') {
  const table = page.getByRole('table', { name: `Builds of ${org}` })
  return {
    table,
    rows: table.locator('tbody tr'),
    count: page.getByText(/^[\d,]+ of [\d,]+ builds$/),
    window: page.getByText(/Builds from .+ to now/),
  }
}

const navBuilds = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Builds/ })

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the organization’s failed builds of one image, and a build’s log, by keyboard (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme })
    await ImagesPage.open(page, '/acme.com/images?scenario=build-fails&latency=0')
    await expect(navBuilds(page)).toHaveAccessibleName(/^Builds \d+ failed builds$/)
    await navBuilds(page).click()
    await expect(page).toHaveURL(/\/acme\.com\/builds$/)
    const list = orgBuilds(page)
    await expect(list.rows.first()).toBeVisible()
    await expect(list.window).toBeVisible()
    await expectAccessible(page, `Organization Builds (${colorScheme})`)

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Failed' })
    await page.getByRole('combobox', { name: 'Image' }).selectOption('go')
    await expect(page).toHaveURL(/\/acme\.com\/builds\?status=failed&image=go$/)
    const failedOfGo = await list.rows.count()
    expect(failedOfGo).toBeGreaterThan(0)
    for (const row of await list.rows.all()) {
      await expect(row).toContainText('Failed')
      await expect(row.getByRole('link', { name: 'go', exact: true })).toBeVisible()
    }
    await expect(list.count).toHaveText(new RegExp(`^${failedOfGo} of [\\d,]+ builds$`))

    // the first row's ID, by keyboard: the drawer opens with the log, its URL shareable
    const id = (await list.rows.first().getByRole('link').first().textContent()) ?? ''
    await list.rows.first().getByRole('link', { name: id }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/acme\\.com/builds/${id}\\?status=failed&image=go$`))
    const drawer = page.getByRole('dialog', { name: id })
    await expect(drawer.getByRole('log')).toContainText('ERROR')
    await expect(drawer.getByRole('button', { name: 'Jump to first error' })).toBeVisible()
    await expectAccessible(page, `a failed build’s log from the organization’s builds (${colorScheme})`)
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/\/acme\.com\/builds\?status=failed&image=go$/)

    // the day before: its builds join the list, and the window shown says so
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' })
    const before = await list.window.textContent()
    const total = (await list.count.textContent()) ?? ''
    await page.getByRole('button', { name: 'Older builds' }).click()
    await expect(list.window).not.toHaveText(before ?? '')
    await expect(list.count).not.toHaveText(total)

    await page.setViewportSize({ width: 390, height: 844 })
    await expect(list.rows.first()).toBeVisible()
    await expectAccessible(page, `Organization Builds at 390 px (${colorScheme})`)
  })
}

test('failures at a glance: “N failed” per image, sorted, only those images, and the image’s own count', async ({
  page,
}) => {
  const images = await ImagesPage.open(page, '/acme.com/images?scenario=build-fails&latency=0')
  const rowOf = (name: string) =>
    images.table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })
  const python = rowOf('python')
  await expect(python).toContainText(/\d+ failed/)
  await expect(rowOf('node')).not.toContainText('failed')

  await page.getByRole('checkbox', { name: 'Only images with failed builds' }).check()
  await expect(page).toHaveURL(/\/acme\.com\/images\?.*\bfailed=1$/)
  await expect(images.table.locator('tbody tr')).toHaveCount(3)
  await images.table.getByRole('button', { name: 'Failed builds' }).click()
  await expect(images.table.getByRole('columnheader', { name: 'Failed builds' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expectAccessible(page, 'Organization Images, only images with failed builds')

  const failed = Number(/(\d+) failed/.exec((await python.textContent()) ?? '')?.[1])
  const image = await images.openImage('python')
  await expect(
    page.getByRole('navigation', { name: 'Image sections' }).getByRole('link', { name: /^Builds/ }),
  ).toHaveAccessibleName(`Builds ${failed} failed builds`)
  await expect(image.heading('python')).toBeVisible()
})

test('an organization with builds across 200 images: the list draws the rows in view', async ({ page }) => {
  await page.goto('/umbrella.corp/builds?scenario=full-catalogue&latency=0')
  const list = orgBuilds(page, 'umbrella.corp')
  await expect(list.rows.first()).toBeVisible()
  const total = Number((await list.count.textContent())?.split(' of ')[1]?.replace(/\D/g, ''))
  expect(total).toBeGreaterThan(200)
  await expect(list.table).toHaveAttribute('aria-rowcount', String(total + 1))
  expect(await list.table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(100)
  await page.keyboard.press('End')
  await expect(list.table.locator(`tbody tr[aria-rowindex="${total + 1}"]`)).toBeVisible()
})
