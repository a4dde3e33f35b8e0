import type { Page } from '@playwright/test'
import { ComparePage } from '../pages/compare-page'
import { CustomizeDialog } from '../pages/customize-dialog'
import { ImagesPage } from '../pages/images-page'
import { expect, test } from './stack'

/**
 * Real mode: a real-mode build, signed in with a token, talking over HTTP to `npm run mock-api`
 * through `vite preview`'s proxy (project `real`) or nginx with the README's config (`real-nginx`).
 * One mock API serves a project's tests in turn, so each test works on images of its own.
 */

/** The builds a change started run, then finish on the mock API's own clock; no test moves it. */
async function expectBuildsToFinish(page: Page, image: string) {
  const table = page.getByRole('table', { name: `Builds of ${image}` })
  await expect(table.getByText('Running').first()).toBeVisible()
  // the mock API runs builds four times as fast as the demo: about 3 s, then the next poll
  await expect(table.getByText('Running')).toHaveCount(0, { timeout: 20_000 })
  await expect(table.getByRole('row').nth(1)).toContainText('Success')
  return table
}

/** Types lines at the end of the build config document in Monaco (which indents after `key:`). */
async function typeAtEnd(page: Page, ...lines: string[]) {
  const editor = page.locator('.monaco-editor').first()
  await expect(editor).toBeVisible()
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+End')
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.type(line)
  }
}

test('sign in, customize an image, apply, and follow its builds to a build’s log', async ({
  signedIn: page,
}) => {
  const image = await new ImagesPage(page).openImage('redis')
  await expect(image.versionsTable.getByRole('row').nth(1)).toBeVisible()

  const dialog = await CustomizeDialog.openHere(page)
  await dialog.pick('jq')
  await dialog.button('Preview Changes').click()
  await expect(dialog.root.getByRole('region', { name: 'Packages added' })).toContainText('jq')
  await dialog.button('Apply Changes').click()
  await expect(dialog.root.getByText('redis was customized; builds started.')).toBeVisible()
  await dialog.root.getByRole('link', { name: 'See the builds' }).click()
  await expect(page).toHaveURL(/\/acme\.com\/images\/redis\/builds$/)

  const table = await expectBuildsToFinish(page, 'redis')
  await table.getByRole('row').nth(1).getByRole('link').first().click()
  const log = page.getByRole('dialog').getByRole('log')
  await expect(log).toContainText('jq')
  await expect(log).toContainText('INFO')

  // the build explained: its locked packages, and no earlier success of its stream to compare with
  const drawer = page.getByRole('dialog')
  await drawer.getByRole('tab', { name: 'Details' }).click()
  await expect(
    drawer.getByRole('region', { name: 'Locked packages' }).getByRole('row', { name: /^jq / }),
  ).toBeVisible()
  await drawer.getByRole('tab', { name: 'Changes' }).click()
  await expect(drawer.getByRole('tabpanel', { name: 'Changes' })).toContainText(
    /No earlier successful build of \S+ in the last 24 hours/,
  )
})

test('failed builds: counted in the navigation and the images list, found in the organization’s Builds, with their log', async ({
  signedIn: page,
}) => {
  await new ImagesPage(page).openImage('jdk')
  const dialog = await CustomizeDialog.openHere(page)
  // both install /usr/bin/node: every build of the change fails
  await dialog.pick('nodejs-20', 'nodejs-22')
  await dialog.button('Preview Changes').click()
  await dialog.button('Apply Changes').click()
  await dialog.root.getByRole('link', { name: 'See the builds' }).click()
  const table = page.getByRole('table', { name: 'Builds of jdk' })
  await expect(table.getByText('Failed').first()).toBeVisible({ timeout: 20_000 })

  const builds = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Builds/ })
  await expect(builds).toHaveAccessibleName(/^Builds \d+ failed builds$/)
  await builds.click()
  // the page has come (its code loads first): until then the image's own Builds tab, with its own
  // Status filter, is still the page
  await expect(page).toHaveURL(/\/acme\.com\/builds$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Builds' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Failed' })
  await page.getByRole('combobox', { name: 'Image' }).selectOption('jdk')
  await expect(page).toHaveURL(/\/acme\.com\/builds\?status=failed&image=jdk$/)
  const first = page.getByRole('table', { name: 'Builds of acme.com' }).locator('tbody tr').first()
  await first.getByText('Failed').click()
  const drawer = page.getByRole('dialog')
  await drawer.getByRole('button', { name: 'Jump to first error' }).click()
  await expect(drawer.getByRole('log')).toContainText(/ERROR.*nodejs-2[02]/)
  await page.keyboard.press('Escape')

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Organization Images' })
    .click()
  // the images list itself, not the Builds page still shown while its code loads
  await expect(page).toHaveURL(/\/acme\.com\/images$/)
  const jdk = page
    .getByRole('table', { name: 'Images of acme.com' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'jdk', exact: true }) })
  await expect(jdk).toContainText(/\d+ failed/)
})

test('Compare by URL: two versions of an image, a picker changed', async ({ signedIn: page }) => {
  await page.goto('/acme.com/images/postgres/compare?to=latest')
  await expect(page.getByRole('heading', { name: /^Packages added \d+$/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Vulnerabilities fixed \d+$/ })).toBeVisible()
  const sizes = page.getByRole('table', { name: 'Size per architecture' })
  await expect(sizes.getByRole('row', { name: /^x86_64/ })).toContainText(/\d MB/)
  const from = page.getByRole('combobox', { name: 'From' })
  const dev = (await from.locator('option', { hasText: /-dev/ }).first().getAttribute('value')) ?? ''
  await from.selectOption(dev)
  await expect(page).toHaveURL(new RegExp(`/compare\\?to=latest&from=${dev}$`))
  await expect(page.getByRole('heading', { name: /^Packages removed [1-9]\d*$/ })).toBeVisible()
})

test('Compare with the source image, by URL and by its link: exactly the packages the customization added', async ({
  signedIn: page,
}) => {
  const compare = new ComparePage(page)
  const added = await compare.addedByCustomization('acme.com', 'python', 'latest')
  await page.goto('/acme.com/images/python/compare?with=source&to=latest')
  await compare.expectOnlyAdded('chainguard/python', 'latest', added)
  await page.getByRole('link', { name: 'Compare two versions' }).click()
  await expect(page.getByRole('combobox', { name: 'From' })).toBeVisible()
  await page.getByRole('link', { name: 'Compare with chainguard/python' }).click()
  await expect(page).toHaveURL(/\/compare\?with=source&to=latest$/)
  await compare.expectOnlyAdded('chainguard/python', 'latest', added)
})

test('edit the build config, apply it, then save another edit as a new image', async ({ signedIn: page }) => {
  const image = await new ImagesPage(page).openImage('nginx')
  await image.tab('Build config').click()
  await expect(page.getByLabel('Build config document')).toContainText('packages:')
  await page.getByRole('button', { name: 'Edit' }).click()
  await typeAtEnd(page, 'environment:', 'APP_MODE: "real"')
  await page.getByRole('button', { name: 'Review changes' }).click()
  await expect(page.getByText('environment +1')).toBeVisible()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText('nginx was customized; builds started.')).toBeVisible()
  await page.getByRole('link', { name: 'See the builds' }).click()
  await expectBuildsToFinish(page, 'nginx')

  await image.tab('Build config').click()
  await expect(page.getByLabel('Build config document')).toContainText('APP_MODE')
  await page.getByRole('button', { name: 'Edit' }).click()
  const annotations = page.getByRole('form', { name: 'Add annotation' })
  await annotations.getByRole('textbox', { name: 'Annotations key' }).fill('com.example.team')
  await annotations.getByRole('textbox', { name: 'Annotations value' }).fill('real')
  await annotations.getByRole('button', { name: 'Add annotation' }).click()
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('com.example.team: real')
  await page.getByRole('button', { name: 'Review changes' }).click()
  await page.getByRole('radio', { name: 'Save as new image' }).check()
  await page.getByRole('textbox', { name: 'New image name' }).fill('nginx-real')
  await page.getByRole('button', { name: 'Save as new image' }).click()
  await expect(page.getByText('nginx-real was created; builds started.')).toBeVisible()

  await page.getByRole('link', { name: 'Organization Images' }).first().click()
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'nginx-real', exact: true }) })
  await expect(row).toContainText('Customized')
  await expect(row).toContainText('Based on chainguard/nginx')
})

test.describe('a token revoked on the server', () => {
  // the browser reports each refused call; the console's answer to them is what this test checks
  test.use({ allowConsole: [/the server responded with a status of 401 \(Unauthorized\)/] })

  test('brings sign-in over the page; after signing in again nothing ticked or typed is lost', async ({
    signedIn: page,
    stack,
  }) => {
    const signIn = page.getByRole('dialog', { name: 'Sign in to Assembly Console' })
    async function signInAgain(token: string) {
      await expect(signIn.getByRole('alert')).toContainText('Your session has expired')
      await signIn.getByLabel('API token').fill(token)
      await signIn.getByRole('button', { name: 'Sign in' }).click()
      await expect(signIn).toBeHidden()
    }

    const image = await new ImagesPage(page).openImage('go')
    const dialog = await CustomizeDialog.openHere(page)
    await dialog.pick('jq', 'ripgrep')
    await dialog.button('Preview Changes').click()
    const added = dialog.root.getByRole('region', { name: 'Packages added' })
    await expect(added).toContainText('ripgrep')
    await stack.revokeToken()
    await dialog.button('Apply Changes').click()
    await signInAgain(stack.token)
    await expect(added).toContainText('jq')
    await expect(added).toContainText('ripgrep')
    await dialog.button('Apply Changes').click()
    await expect(dialog.root.getByText('go was customized; builds started.')).toBeVisible()
    await page.keyboard.press('Escape')

    await image.tab('Build config').click()
    await page.getByRole('button', { name: 'Edit' }).click()
    await typeAtEnd(page, 'environment:', 'KEPT: "through sign-in"')
    await page.getByRole('button', { name: 'Review changes' }).click()
    await stack.revokeToken()
    await page.getByRole('button', { name: 'Apply' }).click()
    await signInAgain(stack.token)
    await expect(page.getByText('environment +1')).toBeVisible()
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page.getByText('go was customized; builds started.')).toBeVisible()
    await page.getByRole('button', { name: 'Back to the build config' }).click()
    await expect(page.getByLabel('Build config document')).toContainText(/KEPT: "?through sign-in/)
  })
})

test('"?" lists the shortcuts; the Customize dialog shows what the image holds', async ({
  signedIn: page,
}) => {
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help.getByRole('region', { name: 'This page' })).toContainText('Search images')
  await page.keyboard.press('Escape')

  await new ImagesPage(page).openImage('python')
  const dialog = await CustomizeDialog.openHere(page)
  await dialog.root.getByRole('radio', { name: /^In the image \d+$/ }).check()
  await expect(dialog.root.getByRole('checkbox', { name: 'curl', exact: true })).toBeChecked()
  const locked = dialog.root.locator('input[type="checkbox"][aria-disabled="true"]').first()
  await expect(locked).toBeChecked()
  const base = (await locked.getAttribute('aria-label')) ?? ''
  // the filter works within the view
  await dialog.filter.fill('curl')
  await expect(dialog.root.getByRole('checkbox', { name: 'curl', exact: true })).toBeChecked()
  if (!base.includes('curl'))
    await expect(dialog.root.getByRole('checkbox', { name: base, exact: true })).toHaveCount(0)
})
