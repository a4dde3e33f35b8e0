import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { CustomizeDialog } from './pages/customize-dialog'

test('customize an image with two packages: preview, apply, see the builds start', async ({ page }) => {
  const dialog = await CustomizeDialog.open(page, 'acme.com/images/redis')
  await expect(dialog.filter).toBeFocused()
  await dialog.pick('curl', 'jq')
  await expect(dialog.root.getByRole('list', { name: 'Packages added' }).getByRole('listitem')).toHaveText([
    'curl',
    'jq',
  ])

  await dialog.button('Preview Changes').click()
  await expect(dialog.root.getByRole('region', { name: 'Packages added' })).toContainText('curl')
  await dialog.button('Apply Changes').click()
  await expect(dialog.root.getByText('redis was customized; builds started.')).toBeVisible()

  await dialog.root.getByRole('link', { name: 'See the builds' }).click()
  await expect(page).toHaveURL(/\/acme\.com\/images\/redis\/builds$/)
  await expect(dialog.root).toBeHidden()
  await expect(
    page.getByRole('table', { name: 'Builds of redis' }).getByText('Running').first(),
  ).toBeVisible()
})

test('two packages that install the same file make the build fail', async ({ page }) => {
  const dialog = await CustomizeDialog.open(page, 'acme.com/images/redis')
  await dialog.pick('nodejs-20', 'nodejs-22')
  await dialog.button('Preview Changes').click()
  await dialog.button('Apply Changes').click()
  await dialog.root.getByRole('link', { name: 'See the builds' }).click()
  const table = page.getByRole('table', { name: 'Builds of redis' })
  await expect(table.getByText('Running').first()).toBeVisible()

  // the demo's builds take a few seconds of mock time; move the mock clock past them
  await page.evaluate(() =>
    (
      window as unknown as { assemblyMocks: { clock: { advance(ms: number): void } } }
    ).assemblyMocks.clock.advance(120_000),
  )
  await expect(table.getByText('Running')).toHaveCount(0)
  await expect(table.getByText('Failed').first()).toBeVisible()
})

test('create a new image and find it in Organization Images', async ({ page }) => {
  const dialog = await CustomizeDialog.open(page, 'acme.com/images/node')
  await dialog.pick('jq')
  await dialog.root.getByRole('radio', { name: 'Create a new image' }).check()
  await dialog.root.getByRole('textbox', { name: 'New image name' }).fill('node-jq')
  await dialog.button('Preview Changes').click()
  await dialog.button('Create node-jq').click()
  await expect(dialog.root.getByText('node-jq was created; builds started.')).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByRole('link', { name: 'Organization Images' }).first().click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'node-jq', exact: true }) })
  await expect(row).toContainText('Customized')
  await expect(row).toContainText('Based on chainguard/node')
})

/** The window sizes the dialog must fit: its footer (the main action and why it waits) stays in view. */
const WINDOWS = [
  { name: '1280×800', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: '1280×800 at 200 %', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  { name: 'a 390 px phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
  { name: 'a short 1280×500 window', viewport: { width: 1280, height: 500 }, deviceScaleFactor: 1 },
]

for (const { name, viewport, deviceScaleFactor } of WINDOWS) {
  test.describe(`in ${name}`, () => {
    test.use({ viewport, deviceScaleFactor })

    test('"Preview Changes" and why it waits stay in view; the checklist takes the space left', async ({
      page,
    }) => {
      const dialog = await CustomizeDialog.open(page, 'acme.com/images/redis')
      const preview = dialog.button('Preview Changes')
      await expect(preview).toBeInViewport({ ratio: 1 })
      await expect(
        dialog.root.getByText('Nothing has changed yet: tick or untick a package.'),
      ).toBeInViewport({
        ratio: 1,
      })
      // at least three rows of the checklist show
      const checklist = dialog.root.getByRole('group', { name: 'Packages' })
      expect((await checklist.boundingBox())?.height).toBeGreaterThanOrEqual(3 * 56)

      await dialog.pick('curl', 'jq', 'git')
      await dialog.root.getByRole('radio', { name: 'Create a new image' }).check()
      await expect(preview).toBeInViewport({ ratio: 1 })
      await expect(dialog.root.getByText('Name the new image to continue.')).toBeInViewport({ ratio: 1 })
      await dialog.root.getByRole('textbox', { name: 'New image name' }).fill('redis-tools')
      await expect(preview).toBeEnabled()
      await expect(preview).toBeInViewport({ ratio: 1 })

      // the question before closing fits too, its answers whole
      await page.keyboard.press('Escape')
      await expect(dialog.button('Keep editing')).toBeInViewport({ ratio: 1 })
      await expect(dialog.button('Discard and close')).toBeInViewport({ ratio: 1 })
      await expect(preview).toBeInViewport({ ratio: 1 })
      await page.screenshot({ path: test.info().outputPath('customize.png') })
    })
  })
}

test.describe('leaving the page with ticks not applied asks first', () => {
  test('Back asks the same question as closing: "Keep editing" keeps the ticks, "Discard and close" goes back', async ({
    page,
  }) => {
    await page.goto('/acme.com/images?latency=0')
    await page.getByRole('link', { name: 'redis', exact: true }).click()
    await page.getByRole('button', { name: 'Customize Image' }).click()
    const dialog = page.getByRole('dialog', { name: 'Customize Image' })
    await expect(dialog.getByText(/of 1\d{3} shown$/)).toBeVisible()
    await dialog.getByRole('searchbox', { name: 'Filter packages' }).fill('curl')
    const curl = dialog.getByRole('checkbox', { name: 'curl', exact: true })
    await curl.check()

    await page.goBack()
    await expect(dialog.getByRole('alertdialog')).toContainText('Close without applying?')
    await expect(page).toHaveURL(/\/acme\.com\/images\/redis$/)
    await expectAccessible(page, 'Customize Image, the question before leaving')
    await dialog.getByRole('button', { name: 'Keep editing' }).click()
    await expect(dialog.getByRole('alertdialog')).toBeHidden()
    await expect(curl).toBeChecked()
    await expect(page).toHaveURL(/\/acme\.com\/images\/redis$/)

    await page.goBack()
    await dialog.getByRole('button', { name: 'Discard and close' }).click()
    await expect(page.getByRole('heading', { name: 'Organization Images' })).toBeVisible()
    await expect(dialog).toBeHidden()
  })

  test('a reload brings the browser’s own question; staying keeps the ticks, and they apply', async ({
    page,
  }) => {
    const dialog = await CustomizeDialog.open(page, 'acme.com/images/redis')
    await dialog.pick('curl')
    const asked = page.waitForEvent('dialog', { timeout: 10_000 })
    void page.reload().catch(() => undefined) // stays pending: the reload is refused below
    const question = await asked
    expect(question.type()).toBe('beforeunload')
    await question.dismiss()
    await expect(dialog.root.getByRole('checkbox', { name: 'curl', exact: true })).toBeChecked()
    // the page stayed, and so did its (demo) backend
    await dialog.button('Preview Changes').click()
    await dialog.button('Apply Changes').click()
    await expect(dialog.root.getByText('redis was customized; builds started.')).toBeVisible()
  })

  test('without ticks nothing asks: Back simply goes back', async ({ page }) => {
    page.on('dialog', (question) => void question.accept())
    await page.goto('/acme.com/images?latency=0')
    await page.getByRole('link', { name: 'redis', exact: true }).click()
    await page.getByRole('button', { name: 'Customize Image' }).click()
    await expect(
      page.getByRole('dialog', { name: 'Customize Image' }).getByText(/of 1\d{3} shown$/),
    ).toBeVisible()
    await page.goBack()
    await expect(page.getByRole('heading', { name: 'Organization Images' })).toBeVisible()
  })
})

test('ticking hundreds at once asks first, naming how many', async ({ page }) => {
  const dialog = await CustomizeDialog.open(page, 'acme.com/images/redis')
  const selectAll = dialog.root.getByRole('button', { name: /^Select all \d+ matching$/ })
  const count = /\d+/.exec((await selectAll.textContent()) ?? '')?.[0] ?? ''
  await selectAll.click()
  await expect(dialog.root.getByRole('alertdialog')).toContainText(`Select all ${count} matching packages?`)
  await expectAccessible(page, 'Customize Image, the question before ticking hundreds')
  await dialog.button(`Select ${count} packages`).click()
  await expect(dialog.root.getByText(new RegExp(`^${count} selected · `))).toBeVisible()
})

test('the dialog\'s "In the image" view: what the image holds, by keyboard, the filter within it', async ({
  page,
}) => {
  const dialog = await CustomizeDialog.open(page, 'acme.com/images/nginx')
  await expect(dialog.root.getByRole('radio', { name: /^All 1,\d{3}$/ })).toBeChecked()
  // from the filter, Tab reaches the views and the arrow keys move between them
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const inImage = dialog.root.getByRole('radio', { name: /^In the image \d+$/ })
  await expect(inImage).toBeChecked()
  await expect(inImage).toBeFocused()

  const label = await inImage.evaluate((radio) => radio.closest('label')?.textContent ?? '')
  const held = Number(/\d+$/.exec(label)?.[0])
  expect(held).toBeGreaterThan(2)
  const status = dialog.root.getByRole('status').first()
  await expect(status).toHaveText(`2 selected · ${held} of ${held} shown`)
  // the first screen holds the base packages, ticked and locked with the reason, and what nginx adds
  const locked = dialog.root.locator('input[type="checkbox"][aria-disabled="true"]').first()
  await expect(locked).toBeChecked()
  await expect(locked).toHaveAccessibleDescription('Included in the base image')
  await expect(dialog.root.getByText('Included in the base image').first()).toBeVisible()

  await dialog.filter.fill('jq')
  await expect(dialog.root.getByRole('checkbox')).toHaveCount(1)
  await expect(dialog.root.getByRole('checkbox', { name: 'jq', exact: true })).toBeChecked()
  await expect(status).toHaveText(`2 selected · 1 of ${held} shown`)

  await dialog.root.getByRole('radio', { name: /^All / }).check()
  await expect(dialog.filter).toHaveValue('jq')
  await expect(status).toHaveText(/^2 selected · \d+ of 1\d{3} shown$/)
  await expect(dialog.root.getByRole('checkbox', { name: 'jq', exact: true })).toBeChecked()
})
