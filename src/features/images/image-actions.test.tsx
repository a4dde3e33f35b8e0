import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as db from '../../../mocks/db'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

function repoNamed(name: string) {
  const org = db.listGroups({ name: ORG })[0]?.id ?? ''
  return db.listRepos({ childrenOf: org, name })[0]
}

async function openMenuItem(user: ReturnType<typeof renderRoute>['user'], item: string) {
  await user.click(await screen.findByRole('button', { name: 'More actions' }))
  await user.click(await screen.findByRole('menuitem', { name: item }))
  return screen.findByRole('dialog')
}

describe('More actions → Remove customizations', () => {
  it('asks first, then empties the build config, starts builds and links to them', async () => {
    const { user } = renderRoute(`/${ORG}/images/nginx`)
    expect(await screen.findByText('Customized')).toBeInTheDocument()
    const dialog = await openMenuItem(user, 'Remove customizations')
    expect(dialog).toHaveAccessibleName('Remove customizations')
    expect(dialog).toHaveTextContent(
      /nginx goes back to .*nginx: its build config is emptied \(2 added packages/,
    )
    expect(repoNamed('nginx')?.customOverlay?.contents?.packages).toEqual(['curl', 'jq'])

    await user.click(within(dialog).getByRole('button', { name: 'Remove customizations' }))
    expect(
      await within(dialog).findByText(/Customizations removed from nginx; builds started/),
    ).toBeInTheDocument()
    expect(repoNamed('nginx')?.customOverlay?.contents?.packages ?? []).toEqual([])
    const running = db
      .listBuildReports({ descendantsOf: repoNamed('nginx')?.id ?? '', excludeLogs: true })
      .filter((build) => !build.completedAt)
    expect(running.length).toBeGreaterThan(0)

    await user.click(within(dialog).getByRole('link', { name: 'See the builds' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByRole('link', { name: 'Builds', current: 'page' })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText('Customized')).not.toBeInTheDocument())
  })

  it('keeps the image as it was when the server refuses, and Cancel changes nothing', async () => {
    const { user } = renderRoute(`/${ORG}/images/nginx`)
    const dialog = await openMenuItem(user, 'Remove customizations')
    db.injectFault({
      method: 'PUT',
      path: '/registry/v1/repos/',
      answer: 500,
      message: 'registry is down',
      times: 1,
    })
    await user.click(within(dialog).getByRole('button', { name: 'Remove customizations' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('registry is down')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(repoNamed('nginx')?.customOverlay?.contents?.packages).toEqual(['curl', 'jq'])
  })

  it('is unavailable for an image with nothing to remove, and there is no Delete for a catalogue image', async () => {
    const { user } = renderRoute(`/${ORG}/images/redis`)
    await user.click(await screen.findByRole('button', { name: 'More actions' }))
    expect(await screen.findByRole('menuitem', { name: 'Remove customizations' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Rename' })).not.toBeInTheDocument()
  })
})

describe('Rename (created images)', () => {
  it('applies the name rules inline, then follows the image to its new name', async () => {
    const { user } = renderRoute(`/${ORG}/images/node-with-tools/builds`)
    await user.click(await screen.findByRole('button', { name: 'Rename' }))
    const dialog = await screen.findByRole('dialog', { name: 'Rename image' })
    const field = within(dialog).getByRole('textbox', { name: 'Image name' })
    expect(field).toHaveValue('node-with-tools')
    expect(field).toHaveFocus()
    const submit = within(dialog).getByRole('button', { name: 'Rename' })
    expect(submit).toBeDisabled()

    await user.clear(field)
    await user.type(field, 'Node Tools')
    expect(field).toHaveAccessibleDescription(/lowercase letters/)
    await user.clear(field)
    await user.type(field, 'python')
    expect(field).toHaveAccessibleDescription(/already exists/)
    expect(submit).toBeDisabled()

    await user.clear(field)
    await user.type(field, 'node-toolbox{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'node-toolbox' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const notice = await screen.findByText(
      'node-with-tools was renamed to node-toolbox. Pull it as cgr.dev/acme.com/node-toolbox:latest.',
    )
    expect(notice.closest('[role="status"]')).not.toBeNull()
    expect(screen.getByRole('link', { name: 'Builds', current: 'page' })).toBeInTheDocument()
    expect(repoNamed('node-toolbox')).toBeDefined()
    expect(repoNamed('node-with-tools')).toBeUndefined()
  })

  it('shows the server’s refusal and keeps the typed name', async () => {
    const { user } = renderRoute(`/${ORG}/images/node-with-tools`)
    await user.click(await screen.findByRole('button', { name: 'Rename' }))
    const dialog = await screen.findByRole('dialog', { name: 'Rename image' })
    const field = within(dialog).getByRole('textbox', { name: 'Image name' })
    await user.clear(field)
    await user.type(field, 'node-toolbox')
    db.injectFault({ method: 'PUT', path: '/registry/v1/repos/', answer: 'network-error', times: 1 })
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/reach|network/i)
    expect(field).toHaveValue('node-toolbox')
    expect(repoNamed('node-with-tools')).toBeDefined()
  })
})

describe('More actions → Delete (created images)', () => {
  it('needs the image name typed, then deletes and returns to Organization Images with a notice', async () => {
    const { user } = renderRoute(`/${ORG}/images/node-with-tools`)
    const dialog = await openMenuItem(user, 'Delete')
    expect(dialog).toHaveAccessibleName('Delete node-with-tools')
    const confirm = within(dialog).getByRole('button', { name: 'Delete node-with-tools' })
    const field = within(dialog).getByRole('textbox', { name: 'Type node-with-tools to confirm' })
    expect(confirm).toBeDisabled()
    await user.type(field, 'node-with-tool')
    expect(confirm).toBeDisabled()
    await user.type(field, 's')
    expect(confirm).toBeEnabled()
    await user.click(confirm)

    expect(await screen.findByRole('heading', { level: 1, name: 'Organization Images' })).toBeInTheDocument()
    expect(screen.getByText('node-with-tools was deleted.').closest('[role="status"]')).not.toBeNull()
    expect(screen.queryByRole('link', { name: 'node-with-tools' })).not.toBeInTheDocument()
    expect(repoNamed('node-with-tools')).toBeUndefined()

    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText('node-with-tools was deleted.')).not.toBeInTheDocument()
  })

  it('stays on the image when the delete fails', async () => {
    const { user, router } = renderRoute(`/${ORG}/images/node-with-tools`)
    const dialog = await openMenuItem(user, 'Delete')
    await user.type(within(dialog).getByRole('textbox'), 'node-with-tools')
    db.injectFault({
      method: 'DELETE',
      path: '/registry/v1/repos/',
      answer: 503,
      message: 'try later',
      times: 1,
    })
    await user.click(within(dialog).getByRole('button', { name: 'Delete node-with-tools' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('try later')
    expect(router.state.location.pathname).toBe(`/${ORG}/images/node-with-tools`)
    expect(repoNamed('node-with-tools')).toBeDefined()
  })
})
