import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Whether the browser draws its own clear button (the `type=search` one) inside `box`. */
async function nativeClearShown(page: Page, box: Locator): Promise<boolean> {
  await box.focus()
  const cdp = await page.context().newCDPSession(page)
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
  type Node = { nodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] }
  const cancels: number[] = []
  const walk = (node: Node) => {
    if (node.attributes?.includes('-webkit-search-cancel-button')) cancels.push(node.nodeId)
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child)
  }
  walk(root as Node)
  const { nodeId: focused } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'input:focus',
  })
  expect(focused, 'the search box has focus').toBeGreaterThan(0)
  // the browser's button lives in the focused box's shadow tree: one is drawn if any has a box
  let shown = false
  for (const nodeId of cancels) {
    const model = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null)
    if (model && model.model.width > 0) shown = true
  }
  await cdp.detach()
  return shown
}

test('the images search has one clear button, ours; Enter on it clears and returns focus to the box', async ({
  page,
}) => {
  await page.goto('/acme.com/images?latency=0')
  const search = page.getByRole('searchbox', { name: 'Search images' })
  await search.fill('zzz')
  await expect(page.getByText('No image name contains “zzz”.')).toBeVisible()
  expect(await nativeClearShown(page, search)).toBe(false)

  const clear = page.getByRole('button', { name: 'Clear “Search images”' })
  await search.press('Tab')
  await expect(clear).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(search).toHaveValue('')
  await expect(search).toBeFocused()
  await expect(page).not.toHaveURL(/[?&]q=/)
})

test('the versions filter clears from its button and keeps focus in the box', async ({ page }) => {
  await page.goto('/acme.com/images/python?latency=0')
  const filter = page.getByRole('searchbox', { name: 'Filter versions' })
  await filter.fill('3.12')
  expect(await nativeClearShown(page, filter)).toBe(false)
  await page.getByRole('button', { name: 'Clear “Filter versions”' }).click()
  await expect(filter).toHaveValue('')
  await expect(filter).toBeFocused()
})
