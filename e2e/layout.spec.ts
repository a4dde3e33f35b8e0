import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1280, height: 800 } })

/** The pull commands of the image page: their width, and whether each shows on one line. */
async function pullCommands(page: Page, org: string) {
  await page.goto(`/${org}/images/node?latency=0`)
  await expect(page.getByText('By digest')).toBeVisible()
  return page.locator('.command code').evaluateAll((codes) =>
    codes.map((code) => {
      const lineHeight = parseFloat(getComputedStyle(code).lineHeight)
      return {
        width: code.getBoundingClientRect().width,
        lines: Math.round(code.getBoundingClientRect().height / lineHeight),
      }
    }),
  )
}

/**
 * An element's left and right edges, read in the page in one go: an element the page replaces
 * meanwhile (a menu's stand-in button, as the menu's code arrives) is found again, never read detached.
 */
const edges = (locator: Locator) =>
  locator.evaluate((element) => {
    const { left, right } = element.getBoundingClientRect()
    return { left, right }
  })

/** `inner` lies within `outer`, horizontally. */
async function expectWithin(inner: Locator, outer: Locator) {
  const [a, b] = [await edges(inner), await edges(outer)]
  expect(a.left).toBeGreaterThanOrEqual(b.left - 0.5)
  expect(a.right).toBeLessThanOrEqual(b.right + 0.5)
}

test('without Custom Assembly, the note beside the actions leaves the pull commands their width', async ({
  page,
}) => {
  const usual = await pullCommands(page, 'acme.com')
  const withNote = await pullCommands(page, 'globex.io')
  await expect(page.getByText('Custom Assembly is not enabled for globex.io')).toBeVisible()
  expect(withNote[0]?.lines, 'the command by tag is one line').toBe(1)
  expect(withNote[0]?.width).toBeGreaterThanOrEqual((usual[0]?.width ?? 0) - 1)
  expect(withNote[1]?.lines).toBe(usual[1]?.lines)
})

test('a very long search keeps the empty state inside the images table', async ({ page }) => {
  await page.goto('/acme.com/images?latency=0')
  const search = page.getByRole('searchbox', { name: 'Search images' })
  await search.fill('x'.repeat(5000))
  const text = page.getByText(/^No image name contains “x+”\./)
  await expect(text).toBeVisible()
  const wrap = page.locator('.table-wrap')
  await expectWithin(text, wrap)
  const spill = await text.evaluate((element) => element.scrollWidth - element.clientWidth)
  expect(spill, 'the text wraps within its paragraph').toBeLessThanOrEqual(0)
  await expectWithin(page.getByRole('button', { name: 'Clear search' }), wrap)
  const overflow = await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)
  expect(overflow, 'the table does not scroll sideways').toBeLessThanOrEqual(0)
})

test('on a phone every section of the image page shows, and the version picker fits the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/acme.com/images/node/packages?version=latest-dev&latency=0')
  const sections = page.getByRole('navigation', { name: 'Image sections' })
  const links = sections.getByRole('link')
  await expect(links.first()).toBeVisible()
  const viewport = page.locator('body')
  for (const link of await links.all()) await expectWithin(link, viewport)
  const picker = page.getByRole('combobox', { name: 'Version' })
  await expect(picker).toHaveValue('latest-dev')
  await expectWithin(picker, viewport)
})

for (const width of [390, 320]) {
  test(`on a ${width} px phone the images list fits the screen: the latest tag says when it moved, nothing scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 })
    await page.goto('/acme.com/images?latency=0')
    const table = page.getByRole('table', { name: 'Images of acme.com' })
    const bash = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'bash', exact: true }) })
    await expect(bash.getByText(/ago$|^yesterday$/).filter({ visible: true })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: /Last updated/ })).toBeHidden()
    const wrap = page.locator('.table-wrap')
    const overflow = await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)
    expect(overflow, 'the table does not scroll sideways').toBeLessThanOrEqual(0)
    for (const cell of await bash.getByRole('cell').all()) await expectWithin(cell, page.locator('body'))
  })
}

for (const { width, failedColumn } of [
  { width: 1000, failedColumn: true },
  { width: 800, failedColumn: false },
]) {
  test(`in a ${width} px window the images list keeps room for the pull URL: when the latest tag moved goes under it${failedColumn ? '' : ', the failed builds beside the name'}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/acme.com/images?scenario=build-fails&latency=0')
    const table = page.getByRole('table', { name: 'Images of acme.com' })
    const python = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'python', exact: true }) })
    const pull = python.locator('code')
    await expect(pull).toHaveAttribute('title', 'cgr.dev/acme.com/python:latest')
    expect((await pull.boundingBox())?.width, 'the pull URL shows').toBeGreaterThan(120)
    await expect(table.getByRole('columnheader', { name: /Last updated/ })).toBeHidden()
    await expect(python.getByText(/ago$|^yesterday$/).filter({ visible: true })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: /Failed builds/ })).toBeVisible({
      visible: failedColumn,
    })
    await expect(
      python
        .getByRole('cell')
        .nth(1)
        .getByText(/\b\d+ failed$/),
    ).toBeVisible({ visible: !failedColumn })
    const wrap = page.locator('.table-wrap')
    const overflow = await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)
    expect(overflow, 'the table does not scroll sideways').toBeLessThanOrEqual(0)
  })
}

test('an organization of long image names fits a desktop: nothing scrolls sideways, columns keep their widths as the list scrolls', async ({
  page,
}) => {
  await page.goto('/umbrella.corp/images?scenario=full-catalogue&latency=0')
  const table = page.getByRole('table', { name: 'Images of umbrella.corp' })
  await expect(table.locator('tbody tr[aria-rowindex]').first()).toBeVisible()
  const wrap = page.locator('.table-wrap')
  const widths = () =>
    table.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => cell.clientWidth))
  const atTop = await widths()
  for (const y of [20_000, 60_000]) {
    await page.evaluate((top) => window.scrollTo(0, top), y)
    await expect(table.locator('tbody tr[aria-rowindex]').first()).not.toHaveAttribute('aria-rowindex', '2')
    const overflow = await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)
    expect(overflow, 'the table does not scroll sideways').toBeLessThanOrEqual(0)
    expect(await widths(), 'the columns are as wide as at the top').toEqual(atTop)
  }
  // a pull URL too long for its column is cut short, and whole on hover
  const pull = table.locator('tbody code').first()
  await expect(pull).toHaveAttribute('title', /^cgr\.dev\/umbrella\.corp\/.+:latest$/)
})

test('on the narrowest phone the top bar keeps room for the organization’s name', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/umbrella.corp/images?scenario=full-catalogue&latency=0')
  const switcher = page.getByRole('button', { name: /^Organization: umbrella\.corp/ })
  await expect(switcher).toBeVisible()
  const shown = await switcher.locator('span').evaluate((name) => name.getBoundingClientRect().width)
  expect(shown, 'the name shows more than its first letter or two').toBeGreaterThan(50)
  for (const control of [switcher, page.getByRole('button', { name: /^Demo/ })])
    await expectWithin(control, page.locator('body'))
})
