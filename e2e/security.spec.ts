import { expect, test } from './fixtures'

test.describe('Content-Security-Policy', () => {
  // the one inline script below is refused on purpose; Chromium reports that on the console
  test.use({ allowConsole: [/Content Security Policy/] })

  test('the built console carries a strict policy that refuses inline and data: scripts and inline handlers', async ({
    page,
  }) => {
    const response = await page.goto('/acme.com/images?latency=0')
    const header = response?.headers()['content-security-policy'] ?? ''
    expect(header).toContain("script-src 'self'")
    expect(header).toContain("frame-ancestors 'none'")
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(meta).toContain("script-src 'self'")
    expect(meta).toContain("object-src 'none'")
    await expect(page.getByRole('table', { name: 'Images of acme.com' })).toBeVisible()

    // an injected inline script, a data: script and an inline event handler: each refused
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: string[]; refused: string[] }>((resolve) => {
          const refused: string[] = []
          const flags = window as unknown as Record<string, unknown>
          document.addEventListener('securitypolicyviolation', (event) => {
            refused.push(event.blockedURI || event.violatedDirective)
            if (refused.length === 3)
              resolve({ ran: ['inline', 'data', 'handler'].filter((key) => key in flags), refused })
          })
          const inline = document.createElement('script')
          inline.textContent = 'window.inline = true'
          document.head.append(inline)
          const data = document.createElement('script')
          data.src = 'data:text/javascript,window.data=true'
          document.head.append(data)
          const image = document.createElement('img')
          image.setAttribute('onerror', 'window.handler = true')
          image.src = 'data:,not-an-image'
          document.body.append(image)
        }),
    )
    expect(outcome.ran).toEqual([])
    expect(outcome.refused).toHaveLength(3)
  })
})

test('no journey breaks the policy: list, dialog, log drawer, Monaco and its worker', async ({ page }) => {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      )
    })
  })
  await page.goto('/acme.com/images/python/builds?scenario=build-fails&latency=0')
  const builds = page.getByRole('table', { name: 'Builds of python' })
  await builds.getByRole('row').nth(1).getByRole('link').click()
  await expect(page.getByRole('log')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Customize Image' }).click()
  await expect(page.getByRole('dialog').getByRole('checkbox').first()).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('link', { name: 'Build config' }).click()
  await page.getByRole('button', { name: 'Edit' }).click()
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible()
  await page.locator('.monaco-editor .view-lines').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('# reviewed')
  await page.getByRole('button', { name: 'Review changes' }).click()
  // the diff is computed in the editor's worker
  await expect(page.locator('.monaco-diff-editor .line-insert').first()).toBeVisible()
  expect(violations).toEqual([])
})
