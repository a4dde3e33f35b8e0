import { expect, test } from './fixtures'
import { CustomizeDialog } from './pages/customize-dialog'

test.use({ allowConsole: [/status of 400/] })

test('a new image’s name follows the OCI grammar: "-node-" is refused, "node.custom" is created', async ({
  page,
}) => {
  const dialog = await CustomizeDialog.open(page, 'acme.com/images/node')
  await dialog.pick('jq')
  await dialog.root.getByRole('radio', { name: 'Create a new image' }).check()
  const name = dialog.root.getByRole('textbox', { name: 'New image name' })

  await name.fill('-node-')
  await expect(name).toHaveAccessibleDescription(
    'The image name must start with a lowercase letter or a digit, not "-".',
  )
  await expect(dialog.button('Preview Changes')).toBeDisabled()
  await name.fill('node..custom')
  await expect(name).toHaveAccessibleDescription(/The image name cannot have "\.\." between two words/)
  await expect(dialog.button('Preview Changes')).toBeDisabled()

  // the registry refuses it too, whoever sends it
  const answer = await page.evaluate(async () => {
    const mocks = (
      window as unknown as { assemblyMocks: { db: { listGroups(f: object): { id: string }[] } } }
    ).assemblyMocks
    const org = mocks.db.listGroups({ name: 'acme.com' })[0]?.id ?? ''
    const response = await fetch(`/registry/v1/repos/${org}?preventExisting=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '-node-', sync_config: { source: 'chainguard/node' } }),
    })
    return { status: response.status, body: (await response.json()) as { message?: string } }
  })
  expect(answer.status).toBe(400)
  expect(answer.body.message).toMatch(/^name: The image name must start with a lowercase letter or a digit/)

  await name.fill('node.custom')
  await expect(name).not.toHaveAttribute('aria-invalid')
  await dialog.button('Preview Changes').click()
  await dialog.button('Create node.custom').click()
  await expect(dialog.root.getByText('node.custom was created; builds started.')).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByRole('link', { name: 'Organization Images' }).first().click()
  await page.getByRole('link', { name: 'node.custom', exact: true }).click()
  await expect(page).toHaveURL(/\/acme\.com\/images\/node\.custom$/)
  await expect(page.getByRole('heading', { level: 1, name: 'node.custom' })).toBeVisible()
  await expect(page.getByText('docker pull cgr.dev/acme.com/node.custom:latest')).toBeVisible()
})
