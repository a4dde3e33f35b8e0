import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, test } from './fixtures'

test('edit the build config in Monaco: a refusal, a fix, the diff, apply, builds start', async ({ page }) => {
  const outside: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('http://localhost')) outside.push(request.url())
  })
  await page.goto('/acme.com/images/nginx/build-config?latency=0')
  await expect(page.getByLabel('Build config document')).toContainText('packages:')
  await page.getByRole('button', { name: 'Edit' }).click()

  const editor = page.locator('.monaco-editor').first()
  await expect(editor).toBeVisible()
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+End')
  // Monaco indents after "key:" and keeps the indent on Enter; Backspace removes one level
  await page.keyboard.type('environment:')
  await page.keyboard.press('Enter')
  await page.keyboard.type('CHAINGUARD_X: "1"')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('annotations:')
  await page.keyboard.press('Enter')
  await page.keyboard.type('com.example.team: platform')

  const problems = page.getByRole('list', { name: 'Problems' })
  await expect(problems).toContainText('CHAINGUARD_')
  await expect(page.getByRole('button', { name: 'Review changes' })).toBeDisabled()

  await editor.locator('.view-line', { hasText: 'CHAINGUARD_X' }).getByText('CHAINGUARD_X').dblclick()
  await page.keyboard.type('APP_MODE')
  await expect(problems).toBeHidden()

  await page.getByRole('button', { name: 'Review changes' }).click()
  await expect(page.getByText('environment +1; annotations +1')).toBeVisible()
  await expect(page.locator('.monaco-diff-editor')).toBeVisible()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText('nginx was customized; builds started.')).toBeVisible()
  await page.getByRole('link', { name: 'See the builds' }).click()
  await expect(
    page.getByRole('table', { name: 'Builds of nginx' }).getByText('Running').first(),
  ).toBeVisible()
  expect(outside).toEqual([])
})

test('hover tells what a package and a section are; an edit in progress survives a reload', async ({
  page,
}) => {
  await page.goto('/acme.com/images/nginx/build-config?latency=0')
  await page.getByRole('button', { name: 'Edit' }).click()
  const editor = page.locator('.monaco-editor').first()
  await expect(editor.locator('.view-lines')).toContainText('curl')

  const hover = page.locator('.monaco-hover:not(.hidden)')
  await editor.locator('.view-line', { hasText: '- curl' }).getByText('curl', { exact: true }).hover()
  await expect(hover).toContainText('Command-line tool for transferring data with URLs')
  await editor.locator('.view-line', { hasText: 'packages:' }).getByText('packages').hover()
  await expect(hover).toContainText('Packages of the source image need not be listed')

  // completion offers the catalogue's packages, with their version
  await editor.locator('.view-line', { hasText: '- jq' }).getByText('jq', { exact: true }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- ripgre')
  const suggestions = page.getByRole('listbox', { name: /suggest/i })
  await expect(suggestions.getByRole('listitem', { name: /^ripgrep,/ })).toContainText('14.1.1')
  await page.keyboard.press('Enter')
  await expect(editor.locator('.view-lines')).toContainText('- ripgrep')

  await page.keyboard.press('Control+End')
  await page.keyboard.type('environment:')
  await page.keyboard.press('Enter')
  await page.keyboard.type('KEEP: "me"')
  await expect(page.getByRole('button', { name: 'Review changes' })).toBeEnabled()

  // the browser asks before reloading over an edit not applied; the edit comes back either way
  const asked = page.waitForEvent('dialog').then(async (question) => {
    expect(question.type()).toBe('beforeunload')
    await question.accept()
  })
  await Promise.all([asked, page.reload()])
  // the draft is back at once (the forms, and the plain text while Monaco loads), then in Monaco
  await expect(page.getByRole('region', { name: 'Environment' }).getByRole('row')).toContainText(['KEEP'])
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('KEEP: "me"', {
    timeout: 30_000,
  })
  await page.getByRole('button', { name: 'Review changes' }).click()
  await expect(page.getByText('packages +1; environment +1')).toBeVisible()
  await page.getByRole('button', { name: 'Back' }).click()
  await page.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByLabel('Build config document')).not.toContainText('KEEP')
})

test('Enter after a section key indents the next line, even while the page is busy', async ({ page }) => {
  await page.goto('/acme.com/images/nginx/build-config?latency=0')
  await page.getByRole('button', { name: 'Edit' }).click()
  const editor = page.locator('.monaco-editor').first()
  await expect(editor.locator('.view-lines')).toContainText('curl')
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+End')
  // a page kept busy has no idle time, which is when Monaco colours (tokenizes) the lines typed
  await page.evaluate(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      const until = performance.now() + 20
      while (performance.now() < until) continue
      if (!Object.hasOwn(window, 'rested')) channel.port2.postMessage(null)
    }
    channel.port2.postMessage(null)
  })
  await page.keyboard.type('# for the app')
  await page.keyboard.press('Enter')
  await page.keyboard.type('environment:')
  await page.keyboard.press('Enter')
  await page.keyboard.type('KEEP: "me"')
  await page.evaluate(() => Object.assign(window, { rested: true }))
  await expect(page.getByRole('region', { name: 'Environment' }).getByRole('row')).toContainText(['KEEP'])
  await expect(editor.locator('.view-lines')).toContainText('environment:  KEEP: "me"')
})

test.describe('leaving an edit not applied asks first', () => {
  /** Opens nginx's build config from its Versions tab (so Back stays in the console) and imports an edit. */
  async function startEdit(page: Page) {
    await page.goto('/acme.com/images/nginx?latency=0')
    await page
      .getByRole('navigation', { name: 'Image sections' })
      .getByRole('link', { name: 'Build config' })
      .click()
    await expect(page.getByLabel('Build config document')).toContainText('packages:')
    await page.getByLabel('Import a YAML file').setInputFiles({
      name: 'nginx.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('contents:\n  packages:\n    - curl\n    - jq\nenvironment:\n  KEEP: "me"\n'),
    })
    await expect(page.getByRole('button', { name: 'Review changes' })).toBeEnabled()
  }

  test('a link and Back ask; "Keep editing" stays with the edit, "Leave" goes', async ({ page }) => {
    await startEdit(page)
    const builds = page
      .getByRole('navigation', { name: 'Image sections' })
      .getByRole('link', { name: 'Builds' })
    await builds.click()
    const question = page.getByRole('alertdialog')
    await expect(question).toContainText('Leave without applying?')
    await expect(page).toHaveURL(/\/acme\.com\/images\/nginx\/build-config$/)
    await expectAccessible(page, 'Build config, the question before leaving')
    await question.getByRole('button', { name: 'Keep editing' }).click()
    await expect(question).toBeHidden()
    await expect(page.getByRole('region', { name: 'Environment' }).getByRole('row')).toContainText(['KEEP'])

    await page.goBack()
    await expect(question).toContainText('Leave without applying?')
    await question.getByRole('button', { name: 'Leave' }).click()
    await expect(page.getByRole('table', { name: /^Versions of nginx/ })).toBeVisible()
  })

  test('a reload brings the browser’s own question; staying keeps the edit, and it applies', async ({
    page,
  }) => {
    await startEdit(page)
    const asked = page.waitForEvent('dialog', { timeout: 10_000 })
    void page.reload().catch(() => undefined) // stays pending: the reload is refused below
    const question = await asked
    expect(question.type()).toBe('beforeunload')
    await question.dismiss()
    await expect(page.getByRole('region', { name: 'Environment' }).getByRole('row')).toContainText(['KEEP'])
    // the page stayed, and so did its (demo) backend
    await page.getByRole('button', { name: 'Review changes' }).click()
    await page.getByRole('button', { name: 'Apply', exact: true }).click()
    await expect(page.getByText('nginx was customized; builds started.')).toBeVisible()
  })

  test('once the edit is applied, links go without asking', async ({ page }) => {
    await startEdit(page)
    await page.getByRole('button', { name: 'Review changes' }).click()
    await page.getByRole('button', { name: 'Apply', exact: true }).click()
    await expect(page.getByText('nginx was customized; builds started.')).toBeVisible()
    await page
      .getByRole('navigation', { name: 'Image sections' })
      .getByRole('link', { name: 'Versions' })
      .click()
    await expect(page.getByRole('table', { name: /^Versions of nginx/ })).toBeVisible()
  })
})
