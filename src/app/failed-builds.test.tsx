import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as db from '../../mocks/db'
import { renderRoute } from '../test/render'

const ORG = db.ORG_NAMES.default
const { conflict, notFound } = db.FAILED_BUILDS

const orgId = () => db.listGroups({ name: ORG })[0]?.id ?? ''
const reports = () => db.listBuildReports({ descendantsOf: orgId(), excludeLogs: true })
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)

function imageOf(id: string | undefined): string {
  const repoId = id?.split('/').slice(0, 2).join('/')
  return db.listRepos({ childrenOf: orgId() }).find((repo) => repo.id === repoId)?.name ?? ''
}

describe('Failures at a glance', () => {
  function failuresByImage() {
    const counts = new Map<string, number>()
    for (const report of reports()) {
      if (report.result === 'Failure')
        counts.set(imageOf(report.id), (counts.get(imageOf(report.id)) ?? 0) + 1)
    }
    return counts
  }

  it('the left navigation’s Builds says how many builds failed, and says nothing at zero', async () => {
    const view = renderRoute(`/${ORG}/images`)
    expect(await screen.findByRole('link', { name: 'Builds' })).toBeInTheDocument()
    view.unmount()
    db.reset('build-fails')
    renderRoute(`/${ORG}/images`)
    const total = [...failuresByImage().values()].reduce((a, b) => a + b, 0)
    expect(await screen.findByRole('link', { name: `Builds ${total} failed builds` })).toBeInTheDocument()
  })

  it('the images list shows “N failed” per image, sorts by it and keeps “Only images with failed builds” in the URL', async () => {
    db.reset('build-fails')
    const counts = failuresByImage()
    const { user, router } = renderRoute(`/${ORG}/images`)
    const python = (await screen.findByRole('link', { name: conflict.image })).closest('tr')
    if (!python) throw new Error('no python row')
    const table = screen.getByRole('table', { name: `Images of ${ORG}` })
    const column = within(table)
      .getAllByRole('columnheader')
      .findIndex((header) => header.textContent === 'Failed builds')
    await waitFor(() =>
      expect(within(python).getAllByRole('cell')[column]).toHaveTextContent(
        `${counts.get(conflict.image)} failed`,
      ),
    )

    await user.click(screen.getByRole('checkbox', { name: 'Only images with failed builds' }))
    expect(router.state.location.search).toBe('?failed=1')
    await waitFor(() => expect(bodyRows(table)).toHaveLength(counts.size))

    await user.click(screen.getByRole('button', { name: /Failed builds/ }))
    expect(screen.getByRole('columnheader', { name: /Failed builds/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    const most = Math.max(...counts.values())
    expect(bodyRows(table)[0]).toHaveTextContent(`${most} failed`)
  })

  it('the image page’s Builds tab shows its own failure count', async () => {
    db.reset('build-fails')
    const own = failuresByImage().get(notFound.image) ?? 0
    renderRoute(`/${ORG}/images/${notFound.image}`)
    const sections = await screen.findByRole('navigation', { name: 'Image sections' })
    expect(
      await within(sections).findByRole('link', { name: `Builds ${own} failed builds` }),
    ).toBeInTheDocument()
    expect(within(sections).getByRole('link', { name: 'Versions' })).toBeInTheDocument()
  })
})
