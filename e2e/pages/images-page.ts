import { expect, type Page } from '@playwright/test'
import { ImagePage } from './image-page'

/** "Organization Images" as a user sees it. */
export class ImagesPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, path = '/'): Promise<ImagesPage> {
    await page.goto(path)
    const images = new ImagesPage(page)
    await expect(images.heading).toBeVisible()
    return images
  }

  get heading() {
    return this.page.getByRole('heading', { name: 'Organization Images' })
  }
  get search() {
    return this.page.getByRole('searchbox', { name: 'Search images' })
  }
  get table() {
    return this.page.getByRole('table', { name: /^Images of/ })
  }
  imageLink(name: string) {
    return this.table.getByRole('link', { name, exact: true })
  }

  async switchOrganization(name: string): Promise<ImagesPage> {
    await this.page.getByRole('button', { name: /Switch organization/ }).click()
    await this.page.getByRole('menuitemradio', { name }).click()
    await expect(this.page).toHaveURL(new RegExp(`/${name.replace('.', '\\.')}/images$`))
    await expect(this.heading).toBeVisible()
    return this
  }

  async openImage(name: string): Promise<ImagePage> {
    await this.imageLink(name).click()
    const image = new ImagePage(this.page)
    await expect(image.heading(name)).toBeVisible()
    return image
  }
}
