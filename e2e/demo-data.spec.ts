import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { CustomizeDialog } from './pages/customize-dialog'

interface MockHandle {
  clock: { advance(ms: number): void }
  db: {
    listGroups(filter: { name: string }): Array<{ id?: string }>
    listRepos(filter: { childrenOf?: string; name: string }): Array<{ id?: string }>
    listBuildReports(filter: { descendantsOf?: string; excludeLogs: boolean }): unknown[]
  }
}

const buildLinks = (page: Page) => page.getByRole('table', { name: 'Builds of redis' }).getByRole('link')

test('a customization stays after a reload and in a new tab, until "Reset demo data"', async ({
  page,
  context,
}) => {
  const dialog = await CustomizeDialog.open(page, 'acme.com/images/redis')
  await dialog.pick('curl')
  await dialog.button('Preview Changes').click()
  await dialog.button('Apply Changes').click()
  await dialog.root.getByRole('link', { name: 'See the builds' }).click()
  // a minute later the builds of every tag stream have started (one per stream)
  const streams = await page.evaluate(() => {
    const { clock, db } = (window as unknown as { assemblyMocks: MockHandle }).assemblyMocks
    clock.advance(60_000)
    const org = db.listGroups({ name: 'acme.com' })[0]?.id
    const redis = db.listRepos({ childrenOf: org, name: 'redis' })[0]?.id
    return db.listBuildReports({ descendantsOf: redis, excludeLogs: true }).length
  })
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(buildLinks(page)).toHaveCount(streams)
  const built = await buildLinks(page).allTextContents()

  await page.reload()
  await expect(buildLinks(page)).toHaveText(built)
  await expect(page.getByText('Customized', { exact: true })).toBeVisible()

  const other = await context.newPage()
  await other.goto(`/acme.com/images/redis/builds/${encodeURIComponent(built[0] ?? '')}?latency=0`)
  // the build's drawer opens: the build is there in this tab too
  await expect(other.getByRole('dialog')).toContainText(built[0] ?? '-')
  await other.keyboard.press('Escape')
  await expect(buildLinks(other)).toHaveText(built)
  await other.close()

  await page.getByRole('button', { name: 'Demo data' }).click()
  const about = page.getByRole('dialog', { name: 'Demo data' })
  await expect(about).toBeVisible()
  await expectAccessible(page, 'the demo data dialog')
  await about.getByRole('button', { name: 'Reset demo data' }).click()
  await expect(page.getByRole('heading', { name: 'No builds in the last 24 hours' })).toBeVisible()
  await expect(page.getByText('Customized', { exact: true })).toBeHidden()
})
