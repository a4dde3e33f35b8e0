import { expect, type Page } from '@playwright/test'

/** An image's Compare section: its change sections and, for a customized image, its source. */
export class ComparePage {
  constructor(readonly page: Page) {}

  /** A change section's heading, "Packages added 2", by its title and (a pattern of) its count. */
  heading(title: string, count = '\\d+') {
    return this.page.getByRole('heading', { name: new RegExp(`^${title} ${count}$`) })
  }

  /** The names a change section lists (its table's first column), in the order shown. */
  async names(title: string): Promise<string[]> {
    await expect(this.heading(title)).toBeVisible()
    const rows = this.page
      .getByRole('table', { name: title })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') })
    return rows.evaluateAll((found) => found.map((row) => row.querySelector('td')?.textContent?.trim() ?? ''))
  }

  /**
   * The packages the Packages section marks "Added by customization" in the image's `tag`: what a
   * comparison with the source must list as added.
   */
  async addedByCustomization(org: string, image: string, tag: string): Promise<string[]> {
    await this.page.goto(`/${org}/images/${image}/packages?version=${tag}&latency=0`)
    const marked = this.page
      .getByRole('table', { name: new RegExp(`^Packages of ${image} `) })
      .getByRole('row')
      .filter({ hasText: 'Added by customization' })
    await expect(marked.first()).toBeVisible()
    const names = await marked.locator('.package-name .mono').allTextContents()
    return names.sort()
  }

  /** The comparison of `tag` with the source's: exactly `added` added, nothing removed or changed. */
  async expectOnlyAdded(source: string, tag: string, added: readonly string[]) {
    await expect(this.page.getByText(`${source}:${tag}`, { exact: true })).toBeVisible()
    await expect(this.page.getByText(`What changed from ${source}:${tag} to`)).toBeVisible()
    expect(await this.names('Packages added')).toEqual(added)
    await expect(this.heading('Packages removed', '0')).toBeVisible()
    await expect(this.heading('Packages changed', '0')).toBeVisible()
    await expect(this.heading('Vulnerabilities fixed', '0')).toBeVisible()
    const sizes = this.page.getByRole('table', { name: 'Size per architecture' })
    await expect(sizes.getByRole('row', { name: /^x86_64/ })).toContainText(/\+\d+(\.\d)? [KM]B/)
  }
}
