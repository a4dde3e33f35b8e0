import { existsSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { EXPIRED_ROOT } from '../src/test/fixtures/certificates'
import { expectAccessible, MONACO_DIFF_TOKENS } from './axe'
import { expect, test } from './fixtures'
import { CustomizeDialog } from './pages/customize-dialog'
import { ImagesPage } from './pages/images-page'
import { mockBackend } from './pages/mock-backend'

/**
 * axe-core (WCAG 2.0/2.1 A and AA, and best practices) on every screen and state of the console,
 * in the light and the dark theme. Each check is soft: one run lists every violation of every state.
 */

type Theme = 'light' | 'dark'

/** Picks the theme from the shell's theme menu (it is remembered for the next pages). */
async function chooseTheme(page: Page, theme: Theme) {
  await page.getByRole('button', { name: /^Theme/ }).click()
  await page.getByRole('menuitemradio', { name: theme === 'dark' ? 'Dark' : 'Light' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}

async function openImages(page: Page, theme: Theme, query = '') {
  const images = await ImagesPage.open(page, `/acme.com/images?latency=0${query}`)
  await chooseTheme(page, theme)
  return images
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test('Organization Images: the list, a search without match, a narrow screen', async ({ page }) => {
      const images = await openImages(page, theme)
      await expect(images.imageLink('node')).toBeVisible()
      await expectAccessible(page, `Organization Images (${theme})`)

      await page.getByRole('button', { name: /Switch organization/ }).click()
      await expect(page.getByRole('menuitemradio', { name: 'globex.io' })).toBeVisible()
      await expectAccessible(page, `the organization menu open (${theme})`)
      await page.keyboard.press('Escape')

      await images.search.fill('no-such-image')
      await expect(page.getByRole('heading', { name: 'No matching images' })).toBeVisible()
      await expectAccessible(page, `a search without match (${theme})`)

      await page.setViewportSize({ width: 390, height: 844 })
      await images.search.fill('')
      await expect(images.imageLink('node')).toBeVisible()
      await expectAccessible(page, `Organization Images at 390 px (${theme})`)
    })

    test('image page: the Versions, Builds and Build config tabs, a narrow screen', async ({ page }) => {
      const image = await (await openImages(page, theme)).openImage('node-with-tools')
      await expect(image.versionsTable.getByRole('row').nth(1)).toBeVisible()
      await expectAccessible(page, `image page, Versions (${theme})`)

      await image.tab('Builds').click()
      await expect(page.getByRole('table', { name: 'Builds of node-with-tools' })).toBeVisible()
      await expect(page.getByRole('table').getByText('Success').first()).toBeVisible()
      await expectAccessible(page, `image page, Builds (${theme})`)

      await image.tab('Build config').click()
      await expect(page.getByLabel('Build config document')).toContainText('packages:')
      await expectAccessible(page, `image page, Build config (${theme})`)

      await page.setViewportSize({ width: 390, height: 844 })
      await image.tab('Versions').click()
      await expect(image.versionsTable.getByRole('row').nth(1)).toBeVisible()
      await expectAccessible(page, `image page at 390 px (${theme})`)
    })

    test('image page: the More actions menu, the Delete and Rename dialogs', async ({ page }) => {
      await (await openImages(page, theme)).openImage('node-with-tools')
      await page.getByRole('button', { name: 'More actions' }).click()
      await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeVisible()
      await expectAccessible(page, `More actions open (${theme})`)
      await page.getByRole('menuitem', { name: 'Delete' }).click()
      const deleteDialog = page.getByRole('dialog', { name: 'Delete node-with-tools' })
      await expect(deleteDialog).toBeVisible()
      await expectAccessible(page, `the Delete dialog (${theme})`)
      await page.keyboard.press('Escape')

      await page.getByRole('button', { name: 'Rename' }).click()
      const renameDialog = page.getByRole('dialog', { name: 'Rename image' })
      await renameDialog.getByRole('textbox', { name: 'Image name' }).fill('Not A Name')
      await expect(renameDialog.locator('.field-error')).toBeVisible()
      await expectAccessible(page, `the Rename dialog with an invalid name (${theme})`)
    })

    test.describe(() => {
      test.use({ allowConsole: [/status of 503/] })

      test('an empty organization, an error, an organization without Custom Assembly', async ({ page }) => {
        await ImagesPage.open(page, '/acme.com/images?scenario=empty-org&latency=0')
        await chooseTheme(page, theme)
        await expect(page.getByRole('heading', { name: 'No images yet' })).toBeVisible()
        await expectAccessible(page, `an empty organization (${theme})`)

        await page.goto('/globex.io/images/node?scenario=default&latency=0')
        await expect(page.getByText('Custom Assembly is not enabled for globex.io')).toBeVisible()
        await expectAccessible(page, `an image without Custom Assembly (${theme})`)

        await page.goto('/acme.com/images?scenario=server-errors&latency=0')
        await expect(page.getByRole('alert')).toContainText('Could not load the images', { timeout: 30_000 })
        await expectAccessible(page, `the list's error state (${theme})`)
      })
    })

    test('Customize Image: select, an invalid new name, preview, success', async ({ page }) => {
      await openImages(page, theme)
      const dialog = await CustomizeDialog.open(page, 'acme.com/images/redis')
      await expectAccessible(page, `Customize Image, select (${theme})`)

      await dialog.pick('curl')
      await dialog.root.getByRole('radio', { name: 'Create a new image' }).check()
      await dialog.root.getByRole('textbox', { name: 'New image name' }).fill('Redis Tools!')
      await expect(dialog.root.locator('.field-error')).toBeVisible()
      await expectAccessible(page, `Customize Image, an invalid new name (${theme})`)

      await dialog.root.getByRole('radio', { name: 'Customize current image' }).check()
      await dialog.button('Preview Changes').click()
      await expect(dialog.root.getByRole('region', { name: 'Packages added' })).toContainText('curl')
      await expectAccessible(page, `Customize Image, preview (${theme})`)

      await dialog.button('Apply Changes').click()
      await expect(dialog.root.getByText('redis was customized; builds started.')).toBeVisible()
      await expectAccessible(page, `Customize Image, success (${theme})`)
    })

    test.describe(() => {
      // the registry answers 404 for a version it has no package list or scan for, 403 for a source it refuses
      test.use({ allowConsole: [/status of (403|404)/] })

      test('Compare: a comparison, with the source image, the source unreadable, a narrow screen', async ({
        page,
      }) => {
        await openImages(page, theme)
        await page.goto('/acme.com/images/python/compare?latency=0')
        await expect(page.getByRole('table', { name: 'Size per architecture' })).toBeVisible()
        await expect(page.getByRole('heading', { name: /^Vulnerabilities fixed \d+$/ })).toBeVisible()
        await expectAccessible(page, `Compare (${theme})`)
        await page.getByRole('link', { name: 'Compare with chainguard/python' }).click()
        await expect(page.getByText('chainguard/python:latest', { exact: true })).toBeVisible()
        await expect(page.getByRole('heading', { name: /^Packages added [1-9]\d*$/ })).toBeVisible()
        await expectAccessible(page, `Compare with the source image (${theme})`)
        await mockBackend.faultsFromStart(page, {
          path: '/iam/v1/groups',
          query: 'name=chainguard',
          answer: 403,
          times: Infinity,
        })
        await page.reload()
        await expect(page.getByRole('heading', { name: 'chainguard/python cannot be read' })).toBeVisible()
        await expectAccessible(page, `Compare with the source image, unreadable (${theme})`)
        await page.setViewportSize({ width: 390, height: 844 })
        await page.goto(`/acme.com/images/python/compare?from=sha256:${'0'.repeat(64)}&latency=0`)
        await expect(page.getByRole('heading', { name: 'No package list yet' })).toBeVisible()
        await expectAccessible(page, `Compare, a removed version, at 390 px (${theme})`)
      })
    })

    test('Customize Image\'s "In the image" view, the Keyboard shortcuts dialog', async ({ page }) => {
      await openImages(page, theme)
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
      await expect(help.getByRole('region', { name: 'This page' })).toBeVisible()
      await expectAccessible(page, `Keyboard shortcuts (${theme})`)
      await help.getByRole('checkbox', { name: /^Single-key shortcuts/ }).uncheck()
      await expectAccessible(page, `Keyboard shortcuts, single keys off (${theme})`)
      await page.keyboard.press('Escape')

      const dialog = await CustomizeDialog.open(page, 'acme.com/images/nginx')
      await dialog.root.getByRole('radio', { name: /^In the image/ }).check()
      await expect(dialog.root.getByText('Included in the base image').first()).toBeVisible()
      await expectAccessible(page, `Customize Image, In the image (${theme})`)
    })

    test('the log drawer of a failed build, searching; its Details and Changes', async ({ page }) => {
      await openImages(page, theme, '&scenario=build-fails')
      await page.goto('/acme.com/images/python/builds?latency=0')
      const newest = page.getByRole('table', { name: 'Builds of python' }).getByRole('row').nth(1)
      await expect(newest).toContainText('Failed')
      await newest.getByRole('link').click()
      const drawer = page.getByRole('dialog')
      await expect(drawer.getByRole('region', { name: 'What went wrong' })).toBeVisible()
      await drawer.getByRole('button', { name: 'Jump to first error' }).click()
      await expect(drawer.locator('.log-line.selected')).toHaveCount(1)
      await drawer.getByRole('searchbox', { name: 'Search the log' }).fill('python-3.12')
      await expect(drawer.locator('.log-count')).toHaveText(/^1 of \d+$/)
      await expectAccessible(page, `the log drawer, searching (${theme})`)

      await drawer.getByRole('tab', { name: 'Details' }).click()
      await expect(drawer.getByRole('region', { name: 'Locked packages' }).getByRole('table')).toBeVisible()
      await expectAccessible(page, `the log drawer's Details (${theme})`)
      await page.setViewportSize({ width: 390, height: 844 })
      await drawer.getByRole('tab', { name: 'Changes' }).click()
      await expect(drawer.getByRole('region', { name: 'Packages added' })).toContainText('python-3.12')
      await expectAccessible(page, `the log drawer's Changes at 390 px (${theme})`)
    })

    test('the Build config editor: Monaco, problems, the forms, the review', async ({ page }) => {
      await openImages(page, theme)
      await page.goto('/acme.com/images/nginx/build-config?latency=0')
      await page.getByRole('button', { name: 'Edit' }).click()
      const editor = page.locator('.monaco-editor').first()
      // Monaco is fetched on first use: allow for a busy machine
      await expect(editor.locator('.view-lines')).toContainText('packages:', { timeout: 30_000 })

      // the forms beside the YAML, with a refused name
      const environment = page.getByRole('region', { name: 'Environment' })
      const name = environment.getByRole('textbox', { name: 'Environment name' })
      await name.fill('CHAINGUARD_MODE')
      await expect(environment.locator('.field-error')).toBeVisible()
      await expectAccessible(page, `Build config, the forms (${theme})`)
      await name.fill('')

      await editor.locator('.view-lines').click()
      await page.keyboard.press('Control+End')
      await page.keyboard.type('environment:')
      await page.keyboard.press('Enter')
      await page.keyboard.type('CHAINGUARD_X: "1"')
      await expect(page.getByRole('list', { name: 'Problems' })).toContainText('CHAINGUARD_')
      await expect(editor.locator('.squiggly-error').first()).toBeAttached()
      await expectAccessible(page, `Build config, editing with problems (${theme})`)

      await editor.locator('.view-line', { hasText: 'CHAINGUARD_X' }).getByText('CHAINGUARD_X').dblclick()
      await page.keyboard.type('APP_MODE')
      // an expired certificate, added from its form, is flagged on review
      const certificates = page.getByRole('form', { name: 'Add certificate' })
      await certificates.getByRole('textbox', { name: 'File name' }).fill('old-root.crt')
      await certificates.getByRole('textbox', { name: 'PEM certificate' }).fill(EXPIRED_ROOT)
      await certificates.getByRole('button', { name: 'Add certificate' }).click()
      await page.getByRole('button', { name: 'Review changes' }).click()
      await expect(page.getByRole('region', { name: 'Certificates' })).toContainText('Expired')
      await expect(page.locator('.monaco-diff-editor .view-lines').first()).toBeVisible()
      await expectAccessible(page, `Build config, review with the diff (${theme})`, [MONACO_DIFF_TOKENS])
    })
  })
}

/**
 * Sign-in exists only in a real-mode build (VITE_API_URL is a build-time constant, and a 401 in demo
 * mode does not sign out). So this builds the console in real mode once and serves it to the page
 * through routing, with every API call answered 401: first the sign-in, then its refused-token state.
 */
test.describe('sign-in, in a real-mode build', () => {
  test.use({ allowConsole: [/status of 401/] })
  let outDir = ''

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    outDir = await mkdtemp(join(tmpdir(), 'assembly-console-real-mode-'))
    const { build } = await import('vite')
    process.env.VITE_API_URL = 'https://registry-api.example.test'
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } })
    } finally {
      delete process.env.VITE_API_URL
    }
  })
  test.afterAll(() => rm(outDir, { recursive: true, force: true }))

  test('the sign-in screen, its error, the expired session; light and dark', async ({ page }) => {
    await page.route('**/*', (route) => {
      const { pathname } = new URL(route.request().url())
      if (['/iam/', '/registry/', '/apk/', '/apko/'].some((prefix) => pathname.startsWith(prefix))) {
        return route.fulfill({ status: 401, json: { code: 16, message: 'token expired' } })
      }
      const file = join(outDir, pathname)
      return route.fulfill({
        path: existsSync(file) && statSync(file).isFile() ? file : join(outDir, 'index.html'),
      })
    })
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await page.goto('/acme.com/images')
      await expect(page.getByRole('heading', { name: 'Sign in to Assembly Console' })).toBeVisible()
      await expectAccessible(page, `sign-in (${colorScheme})`)

      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByText('Paste a token to sign in.')).toBeVisible()
      await expectAccessible(page, `sign-in without a token (${colorScheme})`)

      // a stored token that the API refuses: sign-in comes back, saying why
      await page.getByLabel('API token').fill('old-token')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('alert')).toContainText('Your session has expired')
      await expectAccessible(page, `sign-in after a refused token (${colorScheme})`)
      await page.evaluate(() => sessionStorage.clear())
    }
  })
})
