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
