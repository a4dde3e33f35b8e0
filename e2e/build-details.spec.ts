import { expect, test } from './fixtures'
import { ImagePage } from './pages/image-page'
import { mockBackend } from './pages/mock-backend'

test('a failed build explained: the cause names the package added since the last success, by keyboard, kept on reload', async ({
  page,
}) => {
  const { newest } = await new ImagePage(page).builds('python', '?scenario=build-fails&latency=0')
  await expect(newest).toContainText('Failed')
  await newest.getByRole('link').first().focus()
  await page.keyboard.press('Enter')

  const drawer = page.getByRole('dialog')
  const log = drawer.getByRole('log')
  await expect(log).toBeFocused()
  const cause = drawer.getByRole('region', { name: 'What went wrong' })
  await expect(cause).toContainText('python-3.12 was added since the last successful build.')
  // the log keeps its place: the parts beside it are tabs, not sections above it
  await expect(log).toBeInViewport()

  await cause.getByRole('link', { name: 'Show the changes' }).click()
  await expect(page).toHaveURL(/[?&]part=changes$/)
  const changes = drawer.getByRole('tabpanel', { name: 'Changes' })
  await expect(changes).toBeFocused()
  await expect(
    changes.getByRole('heading', { name: 'Changes since the last successful build' }),
  ).toBeVisible()
  const added = changes.getByRole('region', { name: 'Packages added' })
  await expect(added.getByRole('row', { name: /^python-3\.12 3\.12\.\S+$/ })).toBeVisible()
  await expect(changes).toContainText(/Compared with build [0-9a-f]{16}, which succeeded 3 hours ago\./)

  // back to the tabs from the part, then through them with the arrow keys
  await page.keyboard.press('Shift+Tab')
  await expect(drawer.getByRole('tab', { name: 'Changes' })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(drawer.getByRole('tab', { name: 'Details' })).toBeFocused()
  await expect(page).toHaveURL(/[?&]part=details$/)
  const details = drawer.getByRole('tabpanel', { name: 'Details' })
  await expect(details).toContainText(/apko version\s*v\d+\.\d+\.\d+/)
  await expect(details.getByRole('region', { name: 'Warnings' })).toContainText(
    'package py3.12-requests is deprecated',
  )
  await expect(
    details.getByRole('region', { name: 'Locked packages' }).getByRole('row', { name: /^python-3\.13 / }),
  ).toBeVisible()

  await page.reload()
  await expect(drawer.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true')
  await expect(details.getByRole('region', { name: 'Warnings' })).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)
  await expect(page).toHaveURL(/\/acme\.com\/images\/python\/builds\?scenario=build-fails&latency=0$/)
})

test('a successful build offers What changed, to Compare from its stream’s previous digest', async ({
  page,
}) => {
  const { table, newest } = await new ImagePage(page).builds('nginx')
  await expect(table.getByText('Success').first()).toBeVisible()
  // the builds of the last 24 hours are their streams' first: nothing to compare with yet
  await expect(table.getByRole('link', { name: /^What changed/ })).toHaveCount(0)

  await mockBackend.startBuilds(page, 'nginx', ['curl', 'jq', 'htop'])
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(table.getByText('Running').first()).toBeVisible()
  await mockBackend.advanceClock(page, 120_000)
  await expect(table.getByText('Running')).toHaveCount(0)

  const id = (await newest.getByRole('link').first().textContent()) ?? ''
  const whatChanged = newest.getByRole('link', { name: `What changed in ${id}` })
  const href = new URL((await whatChanged.getAttribute('href')) ?? '', page.url())
  expect(href.pathname).toBe('/acme.com/images/nginx/compare')
  const digest = await newest.locator('.digest code').textContent()
  expect(href.searchParams.get('to')?.slice(0, digest?.length)).toBe(digest)
  expect(href.searchParams.get('from')).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(href.searchParams.get('from')).not.toBe(href.searchParams.get('to'))

  // a phone: the digest column is hidden, the drawer's summary offers it; the parts fit the width
  await page.setViewportSize({ width: 390, height: 844 })
  await newest.getByRole('link', { name: id }).click()
  const drawer = page.getByRole('dialog', { name: id })
  await expect(
    drawer.getByLabel('Build summary').getByRole('link', { name: `What changed in ${id}` }),
  ).toHaveAttribute('href', `${href.pathname}${href.search}`)
  await drawer.getByRole('tab', { name: 'Changes' }).click()
  const changes = drawer.getByRole('tabpanel', { name: 'Changes' })
  await expect(
    changes.getByRole('region', { name: 'Packages added' }).getByRole('row', { name: /^htop / }),
  ).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expect(drawer.getByRole('tab', { name: 'Log' })).toBeInViewport()
})
