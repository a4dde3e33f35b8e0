import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { expectVisibleFocus, tabTo } from './keyboard'
import { ImagePage } from './pages/image-page'
import { ALLOW_NOT_FOUND, VERSION_SCREEN_RUNS } from './version-screens'

/**
 * The Packages and Vulnerabilities sections of a version: picked from the image page, the version
 * kept in the URL across a reload, filtered, and axe-clean in both themes, on a desktop and a phone.
 * One test per section: each loads the console a few times, which is slow on a busy machine.
 */

for (const { theme, viewport } of VERSION_SCREEN_RUNS) {
  test.describe(`${theme} theme, ${viewport.width} px`, () => {
    test.use({ colorScheme: theme, viewport, allowConsole: ALLOW_NOT_FOUND })

    test('a version’s packages, picked, filtered and shared by URL', async ({ page }) => {
      await page.goto('/acme.com/images/python?latency=0')
      const image = new ImagePage(page)
      await image.tab('Packages').click()
      await expect(page).toHaveURL(/\/acme\.com\/images\/python\/packages$/)

      const packages = page.getByRole('table', { name: /^Packages of python latest/ })
      const curl = packages.getByRole('row').filter({ hasText: /^curl/ })
      await expect(curl.getByText('Added by customization')).toBeVisible()
      const section = page.getByRole('region', { name: 'Packages' })
      const count = section.getByRole('status')
      await expect(count).toHaveText(/^\d+ packages · \d+ added by customization$/)
      const total = Number((await count.textContent())?.split(' ')[0])
      await expectAccessible(page, `Packages (${theme})`)

      // another version, by the picker: the URL names it, and a reload opens it again
      const picker = page.getByRole('combobox', { name: 'Version' })
      const option = picker.locator('option').filter({ hasText: /-dev/ }).first()
      const tag = (await option.getAttribute('value')) ?? ''
      await picker.selectOption(tag)
      await expect(page).toHaveURL(new RegExp(`\\?version=${tag}$`))
      await expect(page.getByRole('table', { name: `Packages of python ${tag}` })).toBeVisible()
      await page.reload()
      await expect(page.getByRole('combobox', { name: 'Version' })).toHaveValue(tag)
      await expect(page.getByRole('table', { name: `Packages of python ${tag}` })).toBeVisible()
      // and from the keyboard: the next version, named in the URL
      await tabTo(page, picker)
      await expectVisibleFocus(picker)
      await page.keyboard.press('ArrowDown')
      await expect(picker).not.toHaveValue(tag)
      await expect(page).toHaveURL(
        new RegExp(`\\?version=${(await picker.inputValue()).replace(/\./g, '\\.')}$`),
      )

      await picker.selectOption('latest')
      await section.getByRole('searchbox', { name: 'Filter packages' }).fill('curl')
      await expect(count).toHaveText(new RegExp(`^\\d+ of ${total} packages`))
      await expect(curl).toBeVisible()
    })

    test('a version’s vulnerabilities, by severity and filtered by URL', async ({ page }) => {
      await page.goto('/acme.com/images/python?latency=0')
      await new ImagePage(page).tab('Vulnerabilities').click()
      await expect(page).toHaveURL(/\/acme\.com\/images\/python\/vulnerabilities$/)
      const counts = page.getByLabel('Vulnerabilities by severity')
      for (const label of ['Critical', 'High', 'Medium', 'Low', 'Unknown'])
        await expect(counts.getByText(label, { exact: true })).toBeVisible()
      const findings = page.getByRole('table', { name: /^Vulnerabilities of python latest/ })
      await expect(findings.getByRole('row').nth(1)).toBeVisible()
      await expectAccessible(page, `Vulnerabilities (${theme})`)

      await page.getByRole('combobox', { name: 'Severity' }).selectOption('Low')
      await expect(page).toHaveURL(/severity=low/)
      for (const row of await findings.getByRole('row').all()) {
        if (await row.getByRole('cell').count()) await expect(row).toContainText(/Low|No matching/)
      }

      // the filter is in the URL: a reload keeps it
      await page.reload()
      await expect(page.getByRole('combobox', { name: 'Severity' })).toHaveValue('low')
      await expect(findings.getByRole('row').nth(1)).toContainText(/Low|No matching/)
    })

    test('a version whose scan found nothing, and one the registry has no package list for', async ({
      page,
    }) => {
      await page.goto('/acme.com/images/static/vulnerabilities?latency=0')
      await expect(page.getByRole('heading', { name: 'No vulnerabilities found' })).toBeVisible()
      await expect(page.getByText(/It ran .+ ago/)).toBeVisible()
      await expectAccessible(page, `Vulnerabilities, none found (${theme})`)
      await page.goto(`/acme.com/images/static/packages?latency=0&version=sha256:${'0'.repeat(64)}`)
      await expect(page.getByRole('heading', { name: 'No package list yet for this version' })).toBeVisible()
      await expectAccessible(page, `Packages, no package list (${theme})`)
    })
  })
}
