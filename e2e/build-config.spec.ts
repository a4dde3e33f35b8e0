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

  await page.reload()
  // the draft is back at once (the forms, and the plain text while Monaco loads), then in Monaco
  await expect(page.getByRole('region', { name: 'Environment' }).getByRole('row')).toContainText(['KEEP'])
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('KEEP: "me"', {
    timeout: 15_000,
  })
  await page.getByRole('button', { name: 'Review changes' }).click()
  await expect(page.getByText('packages +1; environment +1')).toBeVisible()
  await page.getByRole('button', { name: 'Back' }).click()
  await page.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByLabel('Build config document')).not.toContainText('KEEP')
})
