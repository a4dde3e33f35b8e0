import { expect, type Page } from '@playwright/test'

/** An image's page: header, pull commands, tabs. */
export class ImagePage {
  constructor(readonly page: Page) {}

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name })
  }
  tab(name: 'Versions' | 'Packages' | 'Vulnerabilities' | 'Builds' | 'Build config' | 'Compare') {
    return this.page.getByRole('navigation', { name: 'Image sections' }).getByRole('link', { name })
  }
  get versionsTable() {
    return this.page.getByRole('table', { name: /^Versions of/ })
  }

  async copyPullCommandByTag(): Promise<string> {
    await this.page.getByRole('button', { name: 'Copy pull command by tag' }).click()
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Copied pull command by tag' }),
    ).toBeAttached()
    return this.page.evaluate(() => navigator.clipboard.readText())
  }
}
