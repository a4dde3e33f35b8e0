import type { Page } from '@playwright/test'
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
