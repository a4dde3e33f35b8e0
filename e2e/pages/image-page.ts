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
  /** The Builds tab's table, opened at its URL (`query` adds scenario and latency). */
  async builds(name: string, query = '?latency=0') {
    await this.page.goto(`/acme.com/images/${name}/builds${query}`)
    const table = this.page.getByRole('table', { name: `Builds of ${name}` })
    return { table, newest: table.getByRole('row').nth(1) }
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
