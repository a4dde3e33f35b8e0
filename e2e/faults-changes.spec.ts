import { Buffer } from 'node:buffer'
import { expect, test } from './fixtures'
import { CustomizeDialog } from './pages/customize-dialog'
import { mockBackend } from './pages/mock-backend'
import { api, CHANGE_KINDS, EVERY_KIND, expectClearMessage, KINDS, signInAgain } from './fault-kinds'

/**
 * Every change meets the faults a registry can answer with. The console says what happened in
 * words, never re-sends a change by itself, and loses nothing the user typed or ticked: the same
 * change, sent again, succeeds. Reads: faults-reads.spec.ts.
 */
// one pattern: a list of two would read as [value, options]
test.use({ allowConsole: [/status of (401|404|409|500|503)|net::ERR_FAILED|Failed to fetch/] })

test.describe('changes', () => {
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
