import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as db from '../../../mocks/db'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

function versionRows() {
  const table = screen.getByRole('table', { name: /^Versions of/ })
  return within(table).getAllByRole('row').slice(1)
}

describe('image page', () => {
  it('shows the header, pull commands by tag and digest, and the Versions tab by default', async () => {
    renderRoute(`/${ORG}/images/node`)
    expect(await screen.findByRole('heading', { level: 1, name: 'node' })).toBeInTheDocument()
    expect(screen.getByText('Based on chainguard/node')).toBeInTheDocument()
    expect(screen.getByText(`docker pull cgr.dev/${ORG}/node:latest`)).toBeInTheDocument()
    expect(
      await screen.findByText(new RegExp(`^docker pull cgr\\.dev/${ORG}/node@sha256:[0-9a-f]{64}$`)),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy pull command by tag' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Versions' })).toHaveAttribute('aria-current', 'page')
  })

  it('lists one row per digest with all its tags, -dev marked, and filters them', async () => {
    const { user, router } = renderRoute(`/${ORG}/images/node`)
    await screen.findByText('latest-dev')
    const rows = versionRows()
    expect(rows).toHaveLength(9)
    const first = rows[0]
    if (!first) throw new Error('no rows')
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['latest', '24.1.0', '24.1', '24'])
    expect(within(first).queryByText('dev')).not.toBeInTheDocument()
    expect(within(first).queryByText(/Development variant/)).not.toBeInTheDocument()
    const devRows = rows.filter((row) => within(row).queryByText(/Development variant/))
    expect(devRows).toHaveLength(3)
    const devRow = rows.find((row) => within(row).queryByText('latest-dev'))
    if (!devRow) throw new Error('no dev row')
    // marked in words beside the tags, not as one more tag-like chip among them
    const note = within(devRow).getByText(/Development variant/)
    expect(within(devRow).getByRole('list', { name: 'Tags' })).not.toContainElement(note)
    expect(within(devRow).queryByText('dev', { exact: true })).not.toBeInTheDocument()
    expect(
      within(devRow)
        .getAllByRole('listitem')
        .every((item) => item.textContent?.endsWith('-dev')),
    ).toBe(true)
    expect(within(devRow).getByText(/^sha256:[0-9a-f]{12}$/)).toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Filter versions' }), '22.15')
    expect(versionRows()).toHaveLength(3)
    expect(screen.getByText('3 of 9 versions')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?filter=22.15')
    await user.type(screen.getByRole('searchbox', { name: 'Filter versions' }), '.9')
    expect(screen.getByText('No matching versions')).toBeInTheDocument()
  })

  it('copies the pull command of a tag from its chip, and says so', async () => {
    const { user } = renderRoute(`/${ORG}/images/node`)
    const chip = await screen.findByRole('button', { name: 'Copy pull command for 22.15' })
    expect(chip).toHaveTextContent('22.15')
    await user.click(chip)
    expect(await navigator.clipboard.readText()).toBe(`docker pull cgr.dev/${ORG}/node:22.15`)
    expect(await screen.findByText('Copied pull command for 22.15')).toBeInTheDocument()
    expect(chip).toHaveAttribute('title', 'Copied docker pull cgr.dev/acme.com/node:22.15')

    screen.getByRole('button', { name: 'Copy pull command for latest-dev' }).focus()
    await user.keyboard('{Enter}')
    expect(await navigator.clipboard.readText()).toBe(`docker pull cgr.dev/${ORG}/node:latest-dev`)
  })

  it('keeps the tab in the URL and lands on it from a deep link', async () => {
    const { user, router } = renderRoute(`/${ORG}/images/python`)
    await user.click(await screen.findByRole('link', { name: 'Build config' }))
    // the section's code loads on first visit, then the URL changes
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${ORG}/images/python/build-config`))
    expect(await screen.findByLabelText('Build config document')).toHaveTextContent(/contents:\s*packages:/)

    const sections = screen.getByRole('navigation', { name: 'Image sections' })
    await user.click(within(sections).getByRole('link', { name: 'Builds' }))
    // the section's code loads on first visit, then the URL changes
    await waitFor(() => expect(router.state.location.pathname).toBe(`/${ORG}/images/python/builds`))
    expect(await screen.findByText('Builds of the last 24 hours.')).toBeInTheDocument()
    expect((await screen.findAllByText('Success')).length).toBeGreaterThan(0)
  })

  it('says when versions fail to load, and when a new image has none yet', async () => {
    db.injectFault({ path: '/registry/v1/tags', answer: 500, message: 'tags are down', times: 1 })
    renderRoute(`/${ORG}/images/redis`)
    expect(await screen.findByRole('alert')).toHaveTextContent('tags are down')
  })

  it('shows an empty state for an image with no tags yet', async () => {
    const org = db.listGroups({ name: ORG })[0]
    if (!org?.id) throw new Error('no org')
    db.createRepo(
      org.id,
      { name: 'brand-new', sync_config: { source: 'chainguard/static' }, customOverlay: {} },
      { preventExisting: true },
    )
    renderRoute(`/${ORG}/images/brand-new`)
    expect(await screen.findByRole('heading', { name: 'No versions yet' })).toBeInTheDocument()
  })

  it('opens the Customize Image dialog, and Escape closes it', async () => {
    const { user } = renderRoute(`/${ORG}/images/node`)
    const button = await screen.findByRole('button', { name: 'Customize Image' })
    await user.click(button)
    const dialog = screen.getByRole('dialog', { name: 'Customize Image' })
    expect(dialog).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('explains why Customize is unavailable without Custom Assembly', async () => {
    renderRoute(`/${db.ORG_NAMES.noCustomAssembly}/images/node`)
    const button = await screen.findByRole('button', { name: 'Customize Image' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription(/Custom Assembly is not enabled for globex\.io/)
  })

  it('says so for an image that does not exist', async () => {
    renderRoute(`/${ORG}/images/nope`)
    expect(await screen.findByRole('heading', { name: 'Image not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to Organization Images' })).toBeInTheDocument()
  })
})
