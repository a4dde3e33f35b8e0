import { expect, type Locator, type Page } from '@playwright/test'

/** The "Customize Image" dialog, opened from an image's page once its catalogue has loaded. */
export class CustomizeDialog {
  readonly root: Locator

  private constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Customize Image' })
  }

  static async open(page: Page, orgImage: string): Promise<CustomizeDialog> {
    const dialog = await CustomizeDialog.start(page, orgImage)
    // the count ends in "· loading N of T" until the last page of the catalogue is in
    await expect(dialog.root.getByText(/of 1\d{3} shown$/)).toBeVisible()
    return dialog
  }

  /** Opens the dialog without waiting for its packages (they may be failing on purpose). */
  static async start(page: Page, orgImage: string): Promise<CustomizeDialog> {
    await page.goto(`/${orgImage}?latency=0`)
    return CustomizeDialog.openHere(page)
  }

  /** Opens the dialog from the image page on screen, without waiting for its packages. */
  static async openHere(page: Page): Promise<CustomizeDialog> {
    await page.getByRole('button', { name: 'Customize Image' }).click()
    const dialog = new CustomizeDialog(page)
    await expect(dialog.root).toBeVisible()
    return dialog
  }

  get filter() {
    return this.root.getByRole('searchbox', { name: 'Filter packages' })
  }

  /** Filters to each package and ticks it. */
  async pick(...names: string[]) {
    for (const name of names) {
      await this.filter.fill(name)
      await this.root.getByRole('checkbox', { name, exact: true }).check()
    }
  }

  button(name: string) {
    return this.root.getByRole('button', { name })
  }
}
