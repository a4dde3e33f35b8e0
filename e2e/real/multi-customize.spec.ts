import { customizeTwoWithOneFailing } from '../pages/customize-images'
import { test } from './stack'

// one save fails on purpose
test.use({ allowConsole: [/status of 503/] })

test('customize two images with one failing, then retry it', async ({ signedIn: page }) => {
  // the mock API is not told: the browser's first save of the image is answered 503 on its way out
  await customizeTwoWithOneFailing(page, ['ruby', 'rust'], async (image) => {
    let failed = false
    await page.route('**/registry/v1/repos/**', async (route) => {
      const request = route.request()
      const body = request.method() === 'PUT' ? (request.postDataJSON() as { name?: string }) : undefined
      if (failed || body?.name !== image) return route.fallback()
      failed = true
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ code: 14, message: 'The registry is busy.', details: [] }),
      })
    })
  })
})
