import { Buffer } from 'node:buffer'
import type { Locator, Page, Request } from '@playwright/test'
import { expect, test } from './fixtures'
import { CustomizeDialog } from './pages/customize-dialog'
import { mockBackend, type Fault } from './pages/mock-backend'

/**
 * The registry fails in every way it can: each kind of fault, for reads (a list and a detail, and
 * once for every other call) and for every change. The console says what happened in words, retries
 * reads (by itself, or with "Try again"), never re-sends a change by itself, and loses nothing the
 * user typed or ticked: the same change, sent again, succeeds.
 */
// one pattern: a list of two would read as [value, options]
test.use({ allowConsole: [/status of (401|404|409|500|503)|net::ERR_FAILED|Failed to fetch/] })

interface Kind {
  name: string
  fault: Pick<Fault, 'answer' | 'message' | 'delayMs'>
  /** what the console says */
  message: RegExp
  /** whether a read is retried by itself (twice) before the console gives up */
  retried: boolean
}

const KINDS = {
  serverError: {
    name: '500',
    fault: { answer: 500, message: '' },
    message: /The registry failed \(500\)\. Try again in a moment\./,
    retried: true,
  },
  unavailable: {
    name: '503 after a delay',
    fault: { answer: 503, message: '', delayMs: 700 },
    message: /The registry is unavailable \(503\)\. Try again in a moment\./,
    retried: true,
  },
  dropped: {
    name: 'a dropped connection',
    fault: { answer: 'network-error' },
    message: /The registry did not answer \(network error\)\. Check your connection and try again\./,
    retried: true,
  },
  unauthorized: {
    name: '401',
    fault: { answer: 401, message: '' },
    message: /Your session has expired or the token is not valid\. Sign in again\./,
    retried: false,
  },
  conflict: {
    name: '409',
    fault: { answer: 409, message: '' },
    message: /This conflicts with the registry’s current state \(409\)/,
    retried: false,
  },
  malformed: {
    name: 'malformed JSON',
    fault: { answer: 'malformed-json' },
    message: /The registry’s answer could not be read\. Try again in a moment\./,
    retried: false,
  },
} satisfies Record<string, Kind>

const EVERY_KIND: Kind[] = Object.values(KINDS)
/** what every change is put through */
const CHANGE_KINDS: Kind[] = [KINDS.serverError, KINDS.dropped, KINDS.conflict, KINDS.malformed]
/** the first try and two automatic retries */
const ATTEMPTS = 3

/** The message is the one expected, and nothing raw leaks next to it. */
async function expectClearMessage(alert: Locator, message: RegExp) {
  // some come after automatic retries, or on a page that is still booting its demo backend
  await expect(alert).toContainText(message, { timeout: 15_000 })
  await expect(alert).not.toContainText(/\[object |undefined|TypeError|SyntaxError|Error:|\n\s+at /)
}

/** The sign-in that a 401 brings over the page; signs in with any token (the demo accepts it). */
async function signInAgain(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Sign in to Assembly Console' })
  await expect(dialog.getByRole('alert')).toContainText('Your session has expired')
  await dialog.getByLabel('API token').fill('demo-token')
  await dialog.getByRole('button', { name: 'Sign in' }).click()
  await expect(dialog).toBeHidden()
}

const api = (method: string, path: string) => (request: Request) =>
  request.method() === method && new URL(request.url()).pathname.startsWith(path)

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
        if (kind.retried) await expect(page.getByLabel('Loading images')).toBeVisible({ timeout: 15_000 })
        const alert = page.getByRole('alert').filter({ hasText: 'Could not load the images' })
        await expect(alert).toBeVisible({ timeout: 15_000 })
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
      await expect(table.getByText('Success').first()).toBeVisible({ timeout: 15_000 })
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
        await expect(alert).toBeVisible({ timeout: 15_000 })
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
    await expect(row.locator('.tag')).toHaveText(/^\d[\d.]*$/, { timeout: 15_000 })
    expect(requests.count).toBe(2)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('the tags of an image answer 500: Versions says so, and "Try again" loads them', async ({ page }) => {
    await page.goto('/acme.com/images?latency=0')
    await expect(page.getByRole('table', { name: 'Images of acme.com' })).toBeVisible({ timeout: 15_000 })
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
    await expect(alert).toBeVisible({ timeout: 15_000 })
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
    await expect(alert).toBeVisible({ timeout: 15_000 })
    await expectClearMessage(alert, KINDS.unavailable.message)
    await mockBackend.clearFaults(page)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(dialog.getByText(/of 1\d{3} shown/)).toBeVisible()
    await expect(alert).toBeHidden()
  })

  test('the source image’s packages (apko resolve) answer 409: nothing can be ticked blind; "Try again" loads them', async ({
    page,
  }) => {
    await page.goto('/acme.com/images/redis?latency=0')
    await mockBackend.inject(page, {
      method: 'POST',
      path: '/apko/v1/resolve/',
      ...KINDS.conflict.fault,
      times: Infinity,
    })
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
    await expect(alert).toBeVisible({ timeout: 15_000 })
    await expectClearMessage(alert, KINDS.dropped.message)
    await expect(table.getByRole('row')).toHaveCount(rows)
    await mockBackend.clearFaults(page)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(alert).toBeHidden()
    await expect(table.getByRole('row')).toHaveCount(rows)
  })
})

test.describe('changes', () => {
  // each test sends one change through several faults on a busy machine
  test.describe.configure({ timeout: 60_000 })

  test('Customize → Apply meets every kind of fault: ticks kept, never re-sent by itself, then applied', async ({
    page,
  }) => {
    const dialog = await CustomizeDialog.open(page, 'acme.com/images/redis')
    const puts = mockBackend.countRequests(page, api('PUT', '/registry/v1/repos/'))
    await dialog.pick('curl', 'jq')
    await dialog.button('Preview Changes').click()
    const added = dialog.root.getByRole('region', { name: 'Packages added' })

    for (const kind of EVERY_KIND) {
      await test.step(kind.name, async () => {
        await mockBackend.inject(page, {
          method: 'PUT',
          path: '/registry/v1/repos/',
          ...kind.fault,
          times: 1,
        })
        const sent = puts.count
        await dialog.button('Apply Changes').click()
        if (kind.fault.delayMs) await expect(dialog.button('Applying…')).toBeDisabled()
        if (kind === KINDS.unauthorized) await signInAgain(page)
        await expectClearMessage(dialog.root.getByRole('alert'), kind.message)
        await expect(added).toContainText('curl')
        await expect(added).toContainText('jq')
        expect(puts.count).toBe(sent + 1)
      })
    }

    await dialog.button('Back').click()
    await expect(dialog.root.getByRole('list', { name: 'Packages added' }).getByRole('listitem')).toHaveText([
      'curl',
      'jq',
    ])
    await dialog.button('Preview Changes').click()
    await dialog.button('Apply Changes').click()
    await expect(dialog.root.getByText('redis was customized; builds started.')).toBeVisible()
    expect(puts.count).toBe(EVERY_KIND.length + 1)
    const saved = await mockBackend.repo(page, 'redis')
    expect(saved?.customOverlay).toEqual({ contents: { packages: ['curl', 'jq'] } })
  })

  test('Customize → Create a new image meets faults: the name and ticks are kept, then it is created', async ({
    page,
  }) => {
    const dialog = await CustomizeDialog.open(page, 'acme.com/images/node')
    const posts = mockBackend.countRequests(page, api('POST', '/registry/v1/repos/'))
    await dialog.pick('jq')
    await dialog.root.getByRole('radio', { name: 'Create a new image' }).check()
    const name = dialog.root.getByRole('textbox', { name: 'New image name' })
    await name.fill('node-jq-faults')
    await dialog.button('Preview Changes').click()

    for (const kind of CHANGE_KINDS) {
      await test.step(kind.name, async () => {
        await mockBackend.inject(page, {
          method: 'POST',
          path: '/registry/v1/repos/',
          ...kind.fault,
          times: 1,
        })
        await dialog.button('Create node-jq-faults').click()
        await expectClearMessage(dialog.root.getByRole('alert'), kind.message)
        await expect(dialog.root.getByRole('region', { name: 'Packages added' })).toContainText('jq')
      })
    }
    await dialog.button('Back').click()
    await expect(name).toHaveValue('node-jq-faults')
    await expect(dialog.root.getByRole('checkbox', { name: 'jq', exact: true })).toBeChecked()
    await dialog.button('Preview Changes').click()
    await dialog.button('Create node-jq-faults').click()
    await expect(dialog.root.getByText('node-jq-faults was created; builds started.')).toBeVisible()
    expect(posts.count).toBe(CHANGE_KINDS.length + 1)
  })

  test('Build config → Apply meets faults: the edited YAML stays, then it is applied', async ({ page }) => {
    await page.goto('/acme.com/images/nginx/build-config?latency=0')
    await expect(page.getByLabel('Build config document')).toContainText('packages:')
    const edited = [
      'contents:',
      '  packages:',
      '    - curl',
      '    - jq',
      'annotations:',
      '  com.example.team: platform',
      '',
    ].join('\n')
    await page.getByLabel('Import a YAML file').setInputFiles({
      name: 'nginx.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(edited),
    })
    const editor = page.locator('.monaco-editor').first()
    // Monaco (about 1 MB) loads on the first edit: allow for a busy machine
    await expect(editor.locator('.view-lines')).toContainText('com.example.team', { timeout: 20_000 })
    await page.getByRole('button', { name: 'Review changes' }).click()
    await expect(page.getByText('annotations +1')).toBeVisible()

    for (const kind of CHANGE_KINDS) {
      await test.step(kind.name, async () => {
        await mockBackend.inject(page, {
          method: 'PUT',
          path: '/registry/v1/repos/',
          ...kind.fault,
          times: 1,
        })
        await page.getByRole('button', { name: 'Apply', exact: true }).click()
        // Monaco keeps empty live regions of its own
        await expectClearMessage(page.getByRole('alert').filter({ hasText: /\S/ }), kind.message)
        await expect(page.getByText('annotations +1')).toBeVisible()
      })
    }
    await page.getByRole('button', { name: 'Back' }).click()
    await expect(editor.locator('.view-lines')).toContainText('com.example.team: platform')
    await page.getByRole('button', { name: 'Review changes' }).click()
    await page.getByRole('button', { name: 'Apply', exact: true }).click()
    await expect(page.getByText('nginx was customized; builds started.')).toBeVisible()
    const saved = await mockBackend.repo(page, 'nginx')
    expect(saved?.customOverlay).toMatchObject({ annotations: { 'com.example.team': 'platform' } })
  })

  test('Rename meets faults: the typed name is kept, then the image is renamed', async ({ page }) => {
    await page.goto('/acme.com/images/node-with-tools?latency=0')
    await page.getByRole('button', { name: 'Rename' }).click()
    const dialog = page.getByRole('dialog', { name: 'Rename image' })
    const name = dialog.getByRole('textbox', { name: 'Image name' })
    await name.fill('node-toolbox')

    for (const kind of CHANGE_KINDS) {
      await test.step(kind.name, async () => {
        await mockBackend.inject(page, {
          method: 'PUT',
          path: '/registry/v1/repos/',
          ...kind.fault,
          times: 1,
        })
        await dialog.getByRole('button', { name: 'Rename' }).click()
        await expectClearMessage(dialog.getByRole('alert'), kind.message)
        await expect(name).toHaveValue('node-toolbox')
      })
    }
    await dialog.getByRole('button', { name: 'Rename' }).click()
    await expect(page).toHaveURL(/\/acme\.com\/images\/node-toolbox$/)
    await expect(page.getByRole('heading', { level: 1, name: 'node-toolbox' })).toBeVisible()
  })

  test('Delete meets faults: the typed confirmation is kept, then the image is deleted', async ({ page }) => {
    await page.goto('/acme.com/images/node-with-tools?latency=0')
    await page.getByRole('button', { name: 'More actions' }).click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete node-with-tools' })
    const confirm = dialog.getByRole('textbox', { name: 'Type node-with-tools to confirm' })
    await confirm.fill('node-with-tools')
    const deletes = mockBackend.countRequests(page, api('DELETE', '/registry/v1/repos/'))

    for (const kind of CHANGE_KINDS) {
      await test.step(kind.name, async () => {
        await mockBackend.inject(page, {
          method: 'DELETE',
          path: '/registry/v1/repos/',
          ...kind.fault,
          times: 1,
        })
        await dialog.getByRole('button', { name: 'Delete node-with-tools' }).click()
        await expectClearMessage(dialog.getByRole('alert'), kind.message)
        await expect(confirm).toHaveValue('node-with-tools')
      })
    }
    await dialog.getByRole('button', { name: 'Delete node-with-tools' }).click()
    await expect(page).toHaveURL(/\/acme\.com\/images$/)
    await expect(page.getByRole('status').filter({ hasText: 'node-with-tools was deleted.' })).toBeVisible()
    expect(deletes.count).toBe(CHANGE_KINDS.length + 1)
    expect(await mockBackend.repo(page, 'node-with-tools')).toBeUndefined()
  })

  test('Delete of an image that is already gone (its answer was lost) ends as deleted, not as an error', async ({
    page,
  }) => {
    await page.goto('/acme.com/images/node-with-tools?latency=0')
    await page.getByRole('button', { name: 'More actions' }).click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete node-with-tools' })
    await dialog.getByRole('textbox', { name: 'Type node-with-tools to confirm' }).fill('node-with-tools')
    await mockBackend.deleteBehindTheConsole(page, 'node-with-tools')
    await dialog.getByRole('button', { name: 'Delete node-with-tools' }).click()
    await expect(page).toHaveURL(/\/acme\.com\/images$/)
    await expect(page.getByRole('status').filter({ hasText: 'node-with-tools was deleted.' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'node-with-tools', exact: true })).toHaveCount(0)
  })
})
