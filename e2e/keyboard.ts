import { expect, type Locator, type Page } from '@playwright/test'

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** `target` has focus and shows it: the focus ring of `:focus-visible` is drawn. */
export async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused()
  await expect(target).toHaveCSS('outline-style', 'solid')
}
