import { expect, test } from './fixtures'
import { mockBackend } from './pages/mock-backend'
import { api, ATTEMPTS, EVERY_KIND, expectClearMessage, KINDS, signInAgain } from './fault-kinds'

/**
 * Reads meet every kind of fault (a list and a detail, and once for every other call). The console
 * says what happened in words and retries, by itself or with "Try again". Changes: faults-changes.spec.ts.
 */
// one pattern: a list of two would read as [value, options]
test.use({ allowConsole: [/status of (401|404|409|500|503)|net::ERR_FAILED|Failed to fetch/] })

test.describe('reads', () => {
  for (const kind of EVERY_KIND) {
    test(`GET list (the images) answers ${kind.name}: a clear message, then a retry loads it`, async ({
      page,
    }) => {
      const where = { method: 'GET', path: '/registry/v1/repos', query: 'uidp.childrenOf=' } as const
      await mockBackend.faultsFromStart(page, { ...where, ...kind.fault, times: Infinity })
      const requests = mockBackend.countRequests(page, api('GET', '/registry/v1/repos'))
      await page.goto('/acme.com/images?latency=0')
      const table = page.getByRole('table', { name: 'Images of acme.com' })

      if (kind === KINDS.unauthorized) {
        await expect(page.getByRole('dialog', { name: 'Sign in to Assembly Console' })).toBeVisible()
        expect(requests.count).toBe(1)
        await mockBackend.clearFaults(page)
        await signInAgain(page)
      } else {
        // the first page load boots the demo backend: allow for a busy machine
        if (kind.retried) await expect(page.getByLabel('Loading images')).toBeVisible({ timeout: 30_000 })
        const alert = page.getByRole('alert').filter({ hasText: 'Could not load the images' })
        await expect(alert).toBeVisible({ timeout: 30_000 })
        await expectClearMessage(alert, kind.message)
        expect(requests.count).toBe(kind.retried ? ATTEMPTS : 1)
        await mockBackend.clearFaults(page)
        await alert.getByRole('button', { name: 'Try again' }).click()
      }
      await expect(table.getByRole('link', { name: 'node', exact: true })).toBeVisible()
      await expect(page.getByRole('alert')).toHaveCount(0)
    })

    test(`GET detail (one build's log) answers ${kind.name}: a clear message, then a retry loads it`, async ({
      page,
    }) => {
      await page.goto('/acme.com/images/nginx/builds?latency=0')
      const table = page.getByRole('table', { name: 'Builds of nginx' })
      await expect(table.getByText('Success').first()).toBeVisible({ timeout: 30_000 })
      const where = { method: 'GET', path: '/registry/v1/buildreports', query: 'uidp.ids=' } as const
      await mockBackend.inject(page, { ...where, ...kind.fault, times: Infinity })
      const requests = mockBackend.countRequests(
        page,
        (request) => api('GET', '/registry/v1/buildreports')(request) && request.url().includes('uidp.ids='),
      )
      await table.getByRole('row').nth(1).getByRole('link').click()
      const drawer = page.getByRole('dialog', { name: /^[0-9a-f]{16}$/ })

      if (kind === KINDS.unauthorized) {
        await expect(page.getByRole('dialog', { name: 'Sign in to Assembly Console' })).toBeVisible()
        await mockBackend.clearFaults(page)
        await signInAgain(page)
      } else {
        if (kind.retried) await expect(drawer.getByText('Loading the build log…')).toBeVisible()
        const alert = drawer.getByRole('alert').filter({ hasText: 'Could not load this build' })
        await expect(alert).toBeVisible({ timeout: 30_000 })
        await expectClearMessage(alert, kind.message)
        expect(requests.count).toBe(kind.retried ? ATTEMPTS : 1)
        await mockBackend.clearFaults(page)
        await alert.getByRole('button', { name: 'Try again' }).click()
      }
      await expect(drawer.getByRole('log').getByRole('link', { name: 'Line 1', exact: true })).toBeVisible()
      await expect(drawer.getByLabel('Build summary')).toContainText('Success')
      await expect(drawer.getByRole('alert')).toHaveCount(0)
    })
  }

  // calls the shell makes before any page: each failure says what could not be loaded, and "Try again" loads it
  for (const [what, path, kind, heading] of [
    ['organizations', '/iam/v1/groups', 'malformed', 'Could not load your organizations'],
    ['features of an organization', ':features', 'conflict', 'Could not load this organization'],
  ] as const) {
    test(`the ${what} answer ${KINDS[kind].name}: the console says so, and "Try again" loads them`, async ({
      page,
    }) => {
      await mockBackend.faultsFromStart(page, { method: 'GET', path, ...KINDS[kind].fault, times: Infinity })
      await page.goto('/acme.com/images?latency=0')
      const alert = page.getByRole('alert').filter({ hasText: heading })
      await expectClearMessage(alert, KINDS[kind].message)
      await mockBackend.clearFaults(page)
      await alert.getByRole('button', { name: 'Try again' }).click()
      await expect(page.getByRole('table', { name: 'Images of acme.com' })).toBeVisible()
    })
  }

  test('the tags of an organization answer 503 once: retried by itself, no error shown', async ({ page }) => {
    await mockBackend.faultsFromStart(page, {
      method: 'GET',
      path: '/registry/v1/tags',
      query: 'uidp.descendantsOf=',
      ...KINDS.unavailable.fault,
      times: 1,
    })
    const requests = mockBackend.countRequests(page, api('GET', '/registry/v1/tags'))
    await page.goto('/acme.com/images?latency=0')
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'node', exact: true }) })
    await expect(row.locator('.tag')).toHaveText(/^\d[\d.]*$/, { timeout: 30_000 })
    // the row shows before the organization's tags; its last update comes with them, once retried
    await expect(row.locator('time').filter({ visible: true })).toBeVisible({ timeout: 30_000 })
    expect(requests.count).toBe(2)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('the tags of an image answer 500: Versions says so, and "Try again" loads them', async ({ page }) => {
    await page.goto('/acme.com/images?latency=0')
    await expect(page.getByRole('table', { name: 'Images of acme.com' })).toBeVisible({ timeout: 30_000 })
    await mockBackend.inject(page, {
      method: 'GET',
      path: '/registry/v1/tags',
      query: 'uidp.childrenOf=',
      ...KINDS.serverError.fault,
      times: Infinity,
    })
    await page.getByRole('link', { name: 'redis', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'redis' })).toBeVisible()
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the versions' })
    await expect(alert).toBeVisible({ timeout: 30_000 })
    await expectClearMessage(alert, KINDS.serverError.message)
    await mockBackend.clearFaults(page)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('table', { name: 'Versions of redis' }).getByText('latest-dev')).toBeVisible()
  })

  test('the package catalogue answers 503: Customize says so, and "Try again" loads it', async ({ page }) => {
    await page.goto('/acme.com/images/redis?latency=0')
    await mockBackend.inject(page, {
      method: 'GET',
      path: '/apk/v1/package-summaries',
      ...KINDS.unavailable.fault,
      delayMs: 200,
      times: Infinity,
    })
    await page.getByRole('button', { name: 'Customize Image' }).click()
    const dialog = page.getByRole('dialog', { name: 'Customize Image' })
    const alert = dialog.getByRole('alert').filter({ hasText: 'The package list stopped loading.' })
    await expect(alert).toBeVisible({ timeout: 30_000 })
    await expectClearMessage(alert, KINDS.unavailable.message)
    await mockBackend.clearFaults(page)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(dialog.getByText(/of 1\d{3} shown$/)).toBeVisible()
    await expect(alert).toBeHidden()
  })

  test('the source image’s packages (apko resolve) answer 409: nothing can be ticked blind; "Try again" loads them', async ({
    page,
  }) => {
    // from the start: the page asks for them as soon as it is up
    await mockBackend.faultsFromStart(page, {
      method: 'POST',
      path: '/apko/v1/resolve/',
      ...KINDS.conflict.fault,
      times: Infinity,
    })
    await page.goto('/acme.com/images/redis?latency=0')
    await page.getByRole('button', { name: 'Customize Image' }).click()
    const dialog = page.getByRole('dialog', { name: 'Customize Image' })
    const alert = dialog
      .getByRole('alert')
      .filter({ hasText: 'Could not load the packages of redis’s source image.' })
    await expectClearMessage(alert, KINDS.conflict.message)
    // the base packages decide which rows are locked: no checklist, no preview until they are known
    await expect(dialog.getByRole('group', { name: 'Packages' })).toHaveCount(0)
    await expect(dialog.getByRole('button', { name: 'Preview Changes' })).toBeDisabled()
    await mockBackend.clearFaults(page)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(dialog.getByRole('group', { name: 'Packages' })).toBeVisible()
    await dialog.getByRole('searchbox', { name: 'Filter packages' }).fill('glibc')
    await expect(dialog.getByRole('checkbox', { name: 'glibc', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  })

  test('a refresh of the builds list drops its connection: the table stays, the console says so', async ({
    page,
  }) => {
    await page.goto('/acme.com/images/nginx/builds?latency=0')
    const table = page.getByRole('table', { name: 'Builds of nginx' })
    await expect(table.getByText('Success').first()).toBeVisible()
    const rows = await table.getByRole('row').count()
    await mockBackend.inject(page, {
      method: 'GET',
      path: '/registry/v1/buildreports',
      query: 'excludeLogs=true',
      ...KINDS.dropped.fault,
      times: Infinity,
    })
    await page.getByRole('button', { name: 'Refresh' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Could not refresh the builds.' })
    await expect(alert).toBeVisible({ timeout: 30_000 })
    await expectClearMessage(alert, KINDS.dropped.message)
    await expect(table.getByRole('row')).toHaveCount(rows)
    await mockBackend.clearFaults(page)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(alert).toBeHidden()
    await expect(table.getByRole('row')).toHaveCount(rows)
  })
})
