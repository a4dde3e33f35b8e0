import { expect, type Locator, type Page } from '@playwright/test'

/** "Customize N images", opened from Organization Images with the images selected by their checkboxes. */
export class CustomizeImagesDialog {
  readonly root: Locator

  private constructor(
    readonly page: Page,
    readonly images: readonly string[],
  ) {
    this.root = page.getByRole('dialog', { name: `Customize ${images.length} images` })
  }

  /** Ticks each image's row on the images list on screen, then opens the dialog once its packages are in. */
  static async open(page: Page, images: readonly string[]): Promise<CustomizeImagesDialog> {
    for (const image of images)
      await page.getByRole('checkbox', { name: `Select ${image}`, exact: true }).check()
    await expect(page.getByRole('region', { name: 'Selected images' })).toContainText(
      `${images.length} selected`,
    )
    await page.getByRole('button', { name: `Customize ${images.length} images` }).click()
    const dialog = new CustomizeImagesDialog(page, images)
    await expect(dialog.root).toBeVisible()
    // the count ends in "· loading N of T" until the last page of the catalogue is in
    await expect(dialog.root.getByText(/of 1\d{3} shown$/)).toBeVisible()
    return dialog
  }

  get filter() {
    return this.root.getByRole('searchbox', { name: 'Filter packages' })
  }

  /** A package's checkbox, the list filtered to it. */
  async show(name: string) {
    await this.filter.fill(name)
    return this.root.getByRole('checkbox', { name, exact: true })
  }

  /** One image's card in the preview and the results. */
  image(name: string) {
    return this.root.getByRole('region', { name, exact: true })
  }

  button(name: string) {
    return this.root.getByRole('button', { name })
  }
}

/**
 * The journey both modes run: two images, a package added to both, the second image's save failing
 * once (`failNextSave` arranges it), then "Retry", which sends that image only.
 */
export async function customizeTwoWithOneFailing(
  page: Page,
  [first, second]: readonly [string, string],
  failNextSave: (image: string) => Promise<void>,
) {
  const dialog = await CustomizeImagesDialog.open(page, [first, second])
  await (await dialog.show('jq')).check()
  await dialog.button('Preview Changes').click()
  for (const image of [first, second]) {
    await expect(
      dialog.image(image).getByRole('region', { name: `Packages added to ${image}` }),
    ).toContainText('jq')
  }

  await failNextSave(second)
  const saves: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PUT') saves.push(String((request.postDataJSON() as { name?: string }).name))
  })
  await dialog.button('Apply to 2 images').click()
  await expect(dialog.image(first)).toContainText('Applied')
  await expect(dialog.image(second)).toContainText('Failed: The registry is busy.')
  await expect(dialog.root.getByText('1 applied · 1 failed')).toBeVisible()

  await dialog.button(`Retry ${second}`).click()
  await expect(dialog.image(second)).toContainText('Applied')
  await expect(dialog.root.getByText('2 images customized; builds started.')).toBeVisible()
  expect(saves).toEqual([first, second, second])

  await dialog
    .image(second)
    .getByRole('link', { name: `View builds of ${second}` })
    .click()
  await expect(page).toHaveURL(new RegExp(`/images/${second}/builds$`))
  await expect(dialog.root).toBeHidden()
  // the newest build began moments ago: queued, running, or (a build takes seconds) already done
  const newest = page
    .getByRole('table', { name: `Builds of ${second}` })
    .getByRole('row')
    .nth(1)
  await expect(newest).toContainText(/Queued|Running|Success/)
  const started = await newest.locator('time').first().getAttribute('datetime')
  expect(Date.now() - Date.parse(started ?? '')).toBeLessThan(120_000)
}
