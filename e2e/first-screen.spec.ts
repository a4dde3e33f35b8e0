import { expect, test } from './fixtures'

const API = /^\/(iam|registry|apk|apko)\/v1\//

test('the console shows at once while the demo backend starts, and its requests wait for it', async ({
  page,
}) => {
  // hold the demo backend's code (mocks/browser.ts) until the console is on screen
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/browser-[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  const sent: string[] = []
  page.on('request', (request) => {
    if (API.test(new URL(request.url()).pathname)) sent.push(request.url())
  })

  await page.goto('/acme.com/images?latency=0')
  await expect(page.getByRole('banner').getByRole('link', { name: 'Assembly Console' })).toBeVisible()
  await expect(page.getByRole('main')).toHaveText('Loading organization…')
  expect(sent).toEqual([])

  release()
  await expect(page.getByRole('table', { name: 'Images of acme.com' }).getByRole('row').nth(1)).toBeVisible()
})
