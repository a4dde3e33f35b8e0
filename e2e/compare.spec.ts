import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { expectVisibleFocus, tabTo } from './keyboard'
import { ComparePage } from './pages/compare-page'
import { ImagePage } from './pages/image-page'
import { mockBackend } from './pages/mock-backend'
import { ALLOW_NOT_FOUND, VERSION_SCREEN_RUNS } from './version-screens'

/**
 * Compare: opened from the image page's tab and by URL, a picker changed and kept across a reload,
 * a customized image compared with its source (the public image of the same tag), and missing or
 * refused data said in words; on a desktop in the light theme and on a phone in the dark one.
 */

const SECTIONS = [
  'Packages added',
  'Packages removed',
  'Packages changed',
  'Vulnerabilities fixed',
  'Vulnerabilities introduced',
]

for (const { theme, viewport } of VERSION_SCREEN_RUNS) {
  test.describe(`${theme} theme, ${viewport.width} px`, () => {
    test.use({ colorScheme: theme, viewport, allowConsole: ALLOW_NOT_FOUND })

    test('two versions compared by URL, a picker changed, the URL shared', async ({ page }) => {
      await page.goto('/acme.com/images/python?latency=0')
      await new ImagePage(page).tab('Compare').click()
      await expect(page).toHaveURL(/\/acme\.com\/images\/python\/compare$/)
      await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('latest')
      await expect(page.getByRole('combobox', { name: 'From' })).not.toHaveValue('')
      for (const name of SECTIONS)
        await expect(page.getByRole('heading', { name: new RegExp(`^${name} \\d+$`) })).toBeVisible()
      const sizes = page.getByRole('table', { name: 'Size per architecture' })
      await expect(sizes.getByRole('row', { name: /^x86_64/ })).toContainText(
        /[+−]\d+(\.\d)? [KM]B|No change/,
      )

      // a -dev version as From: the URL names it, and opening that URL shows the same comparison
      const from = page.getByRole('combobox', { name: 'From' })
      const dev = (await from.locator('option', { hasText: /-dev/ }).first().getAttribute('value')) ?? ''
      await from.selectOption(dev)
      await expect(page).toHaveURL(new RegExp(`/compare\\?from=${dev}$`))
      const added = page.getByRole('heading', { name: /^Packages added \d+$/ })
      await expect(added).toBeVisible()
      const heading = await added.textContent()
      await page.goto(`/acme.com/images/python/compare?from=${dev}&to=latest&latency=0`)
      await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue(dev)
      await expect(page.getByRole('heading', { name: /^Packages added \d+$/ })).toHaveText(heading ?? '')

      // a digest that no longer exists
      await page.goto(`/acme.com/images/python/compare?from=sha256:${'0'.repeat(64)}&latency=0`)
      await expect(page.getByRole('heading', { name: 'No package list yet' })).toBeVisible()
      await expect(page.getByText(/may have been removed/).first()).toBeVisible()
    })

    test('a customized image compared with its source, by the link and by URL', async ({ page }) => {
      const compare = new ComparePage(page)
      const added = await compare.addedByCustomization('acme.com', 'python', 'latest')
      expect(added.length).toBeGreaterThan(0)
      await new ImagePage(page).tab('Compare').click()
      await page.getByRole('link', { name: 'Compare with chainguard/python' }).click()
      await expect(page).toHaveURL(/\/acme\.com\/images\/python\/compare\?with=source$/)
      await compare.expectOnlyAdded('chainguard/python', 'latest', added)
      await expect(compare.heading('Vulnerabilities introduced', '[1-9]\\d*')).toBeVisible()
      await expectAccessible(page, `Compare with the source (${theme})`)

      const older = await compare.addedByCustomization('acme.com', 'python', '3.12-dev')
      await page.goto('/acme.com/images/python/compare?with=source&to=3.12-dev&latency=0')
      await compare.expectOnlyAdded('chainguard/python', '3.12-dev', older)
      await page.getByRole('link', { name: 'Compare two versions' }).click()
      await expect(page).toHaveURL(/\/compare\?to=3\.12-dev$/)
      await expect(page.getByRole('combobox', { name: 'From' })).toBeVisible()
    })

    test.describe('a source the registry refuses', () => {
      test.use({ allowConsole: [/the server responded with a status of (403|404)/] })

      test('is said in words, with the way back to two versions', async ({ page }) => {
        await mockBackend.faultsFromStart(page, {
          path: '/iam/v1/groups',
          query: 'name=chainguard',
          answer: 403,
          times: Infinity,
        })
        await page.goto('/acme.com/images/python/compare?with=source&latency=0')
        await expect(page.getByRole('heading', { name: 'chainguard/python cannot be read' })).toBeVisible()
        await page.getByRole('link', { name: 'Compare two versions' }).click()
        await expect(page.getByRole('combobox', { name: 'From' })).toBeVisible()
      })
    })

    test('from the keyboard: From, the link to the source, and To with the source', async ({ page }) => {
      await page.goto('/acme.com/images/python/compare?latency=0')
      const from = page.getByRole('combobox', { name: 'From' })
      await expect(from).not.toHaveValue('')
      const before = await from.inputValue()
      await tabTo(page, from)
      await expectVisibleFocus(from)
      await page.keyboard.press('ArrowDown')
      await expect(from).not.toHaveValue(before)
      await expect(page).toHaveURL(new RegExp(`[?&]from=${(await from.inputValue()).replace(/\./g, '\\.')}$`))

      const source = page.getByRole('link', { name: 'Compare with chainguard/python' })
      await tabTo(page, source)
      await expectVisibleFocus(source)
      await page.keyboard.press('Enter')
      await expect(page.getByText('chainguard/python:latest', { exact: true })).toBeVisible()
      const to = page.getByRole('combobox', { name: 'To' })
      await tabTo(page, to)
      await page.keyboard.press('ArrowDown')
      const tag = await to.inputValue()
      expect(tag).not.toBe('latest')
      await expect(page).toHaveURL(new RegExp(`\\?with=source&to=${tag.replace(/\./g, '\\.')}$`))
      await expect(page.getByText(`chainguard/python:${tag}`, { exact: true })).toBeVisible()
      await expect(page.getByRole('heading', { name: /^Packages added [1-9]\d*$/ })).toBeVisible()
    })

    test('a picker works from the keyboard', async ({ page }) => {
      await page.goto('/acme.com/images/node/compare?latency=0')
      const to = page.getByRole('combobox', { name: 'To' })
      await expect(to).toHaveValue('latest')
      // node's previous version was built from older releases: its findings fixed are listed, each
      // id on one line, and the table fits the screen
      const fixed = page.getByRole('table', { name: 'Vulnerabilities fixed' })
      await expect(fixed.getByRole('row').nth(1)).toBeVisible()
      const layout = await fixed.evaluate((table) => {
        const lines = [...table.querySelectorAll('tbody td:first-child')].map((cell) => {
          const range = document.createRange()
          range.selectNodeContents(cell)
          return range.getClientRects().length
        })
        const wrap = table.parentElement
        return { lines: Math.max(...lines), overflow: wrap ? wrap.scrollWidth - wrap.clientWidth : -1 }
      })
      expect(layout).toEqual({ lines: 1, overflow: 0 })
      const next = (await to.locator('option').nth(1).getAttribute('value')) ?? ''
      await to.focus()
      await page.keyboard.press('ArrowDown')
      await expect(page).toHaveURL(new RegExp(`[?&]to=${next.replace(/\./g, '\\.')}$`))
      await expect(page.getByRole('heading', { name: /^Packages added \d+$/ })).toBeVisible()
    })
  })
}
