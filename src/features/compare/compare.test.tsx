import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as db from '../../../mocks/db'
import { state } from '../../../mocks/state'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default
const orgId = () => db.listGroups({ name: ORG })[0]?.id ?? ''

function repoNamed(name: string) {
  const repo = db.listRepos({ childrenOf: orgId(), name })[0]
  if (!repo?.id) throw new Error(`no ${name}`)
  return repo as typeof repo & { id: string }
}

const digestOf = (name: string, tag: string) =>
  db.listTags({ childrenOf: repoNamed(name).id, name: tag })[0]?.digest ?? ''
const versionsOf = (name: string, digest: string) =>
  new Map(
    (db.getSbom(repoNamed(name).id, digest).graph?.nodes ?? []).map((node) => [
      node.package?.name ?? '',
      node.package?.version ?? '',
    ]),
  )

/** Saves a build config adding `packages` to `name` and lets its builds finish (and be scanned, later). */
function customize(name: string, packages: string[], wait = 10 * 60_000) {
  const repo = repoNamed(name)
  db.updateRepo(repo.id, { ...repo, customOverlay: { contents: { packages } } })
  db.clock.advance(wait)
}

/** The section a heading names: its count, and the first cell of each row (none when it says so). */
async function section(title: string) {
  const heading = await screen.findByRole('heading', { name: new RegExp(`^${title} \\d+$`) })
  const region = heading.closest('section') as HTMLElement
  const table = within(region).queryByRole('table')
  const names = table
    ? within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '')
    : []
  return { count: Number(heading.textContent?.split(' ').at(-1)), names, region }
}

describe('Compare', () => {
  it('compares the previous and the latest version by default, with both pickers showing them', async () => {
    renderRoute(`/${ORG}/images/node/compare`)
    const to = await screen.findByRole('combobox', { name: 'To' })
    await waitFor(() => expect(to).toHaveDisplayValue(/^latest/))
    // the previous version is the one listed after the latest
    const from = screen.getByRole<HTMLSelectElement>('combobox', { name: 'From' })
    const options = within(from).getAllByRole<HTMLOptionElement>('option')
    await waitFor(() => expect(from.value).toBe(options[1]?.value))
    expect(options[0]?.value).toBe('latest')
    expect(screen.getByRole('link', { name: 'Compare', current: 'page' })).toBeVisible()
    for (const title of ['Packages added', 'Packages removed', 'Packages changed']) await section(title)
    expect(await screen.findByRole('heading', { name: /^Vulnerabilities fixed \d+$/ })).toBeVisible()
    expect(screen.getByRole('heading', { name: /^Vulnerabilities introduced \d+$/ })).toBeVisible()
  })

  it('lists what a build added, the packages it moved to newer releases and the findings that fixed, by URL', async () => {
    const before = digestOf('redis', 'latest')
    customize('redis', ['curl', 'git'])
    const after = digestOf('redis', 'latest')
    expect(after).not.toBe(before)
    renderRoute(`/${ORG}/images/redis/compare?from=${before}&to=${after}`)

    const added = await section('Packages added')
    expect(added.names).toEqual(['curl', 'git'])
    expect(added.count).toBe(2)
    const removed = await section('Packages removed')
    expect(removed.count).toBe(0)
    expect(within(removed.region).getByText('No packages removed')).toBeVisible()

    const [old, now] = [versionsOf('redis', before), versionsOf('redis', after)]
    const moved = [...old].filter(([name, version]) => now.has(name) && now.get(name) !== version)
    const changed = await section('Packages changed')
    expect(changed.count).toBe(moved.length)
    expect(moved.length).toBeGreaterThan(0)
    const [name, version] = moved[0] ?? ['', '']
    const row = within(changed.region).getByText(name).closest('tr')
    expect(row).toHaveTextContent(`${version} → ${now.get(name)}`)

    const fixed = await section('Vulnerabilities fixed')
    expect(fixed.count).toBeGreaterThan(0)
    const scan = db.getVulnReport(repoNamed('redis').id, before).vulnerabilityMatches ?? []
    expect(
      scan.some((match) => (match.vulnerability?.displayId ?? match.vulnerability?.id) === fixed.names[0]),
    ).toBe(true)
  })

  it('shows each architecture’s size on both sides and how much it grew', async () => {
    const before = digestOf('redis', 'latest')
    customize('redis', ['curl', 'git'])
    const redis = repoNamed('redis').id
    const after = digestOf('redis', 'latest')
    renderRoute(`/${ORG}/images/redis/compare?from=${before}&to=latest`)
    const sizes = await screen.findByRole('table', { name: 'Size per architecture' })
    for (const arch of ['x86_64', 'aarch64']) {
      const row = (await within(sizes).findByRole('rowheader', { name: arch })).closest('tr') as HTMLElement
      const grew = Number(db.getSize(redis, after, arch).size) - Number(db.getSize(redis, before, arch).size)
      expect(grew).toBeGreaterThan(0)
      await waitFor(() =>
        expect(within(row).getAllByRole('cell')[2]).toHaveTextContent(/^\+\d+(\.\d)? (KB|MB)$/),
      )
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/ MB$/)
    }
  })

  it('keeps each picker’s choice in the URL', async () => {
    const { user, router } = renderRoute(`/${ORG}/images/node/compare`)
    const from = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'From' })
    await waitFor(() => expect(from.value).not.toBe(''))
    const dev = within(from)
      .getAllByRole<HTMLOptionElement>('option')
      .find((option) => option.value.endsWith('-dev'))
    if (!dev) throw new Error('node has no -dev version')
    await user.selectOptions(from, dev)
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${encodeURIComponent(dev.value)}`))
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), dev.value)
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('to')).toBe(dev.value))
    expect(await screen.findByText(/^From and To are the same version/)).toBeVisible()
    expect((await section('Packages added')).count).toBe(0)
  })

  it('says in words when a digest no longer exists, and when a version is not scanned yet', async () => {
    const gone = `sha256:${'0'.repeat(64)}`
    renderRoute(`/${ORG}/images/redis/compare?from=${gone}`)
    expect(await screen.findByRole('heading', { name: 'No package list yet' })).toBeVisible()
    expect(screen.getAllByText(/may have been removed/)[0]).toBeVisible()
    expect(await screen.findByRole('heading', { name: 'Not scanned yet' })).toBeVisible()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says a new version has not been scanned yet, while its packages already compare', async () => {
    const before = digestOf('redis', 'latest')
    customize('redis', ['jq'], 61_000)
    expect(digestOf('redis', 'latest')).not.toBe(before)
    renderRoute(`/${ORG}/images/redis/compare?from=${before}`)
    expect(await screen.findByRole('heading', { name: 'Not scanned yet' })).toBeVisible()
    expect((await section('Packages added')).names).toEqual(['jq'])
  })

  it('says so when the URL names a tag the image does not have', async () => {
    renderRoute(`/${ORG}/images/redis/compare?to=no-such-tag`)
    expect(await screen.findByRole('heading', { name: 'No version “no-such-tag”' })).toBeVisible()
  })

  it('shows by default what the latest version changed from the previous one of the same variant', async () => {
    renderRoute(`/${ORG}/images/node/compare`)
    const [before, after] = [
      versionsOf('node', digestOf('node', '22')),
      versionsOf('node', digestOf('node', 'latest')),
    ]
    const moved = [...before].filter(([name, version]) => after.get(name) !== version).map(([name]) => name)
    expect(moved.length).toBeGreaterThan(0)
    expect(await screen.findByText(/^What changed from node 22[.\d]* to node latest\.$/)).toBeVisible()
    expect((await section('Packages changed')).names).toEqual(moved.sort())
    expect((await section('Vulnerabilities fixed')).count).toBeGreaterThan(0)
  })
})

describe('Compare with the source image', () => {
  const publicRepo = (name: string) => {
    const group = db.listGroups({ name: 'chainguard' })[0]?.id ?? ''
    return db.listRepos({ childrenOf: group, name })[0]?.id ?? ''
  }

  it('shows exactly what the customization added to the public source’s version of the same tag', async () => {
    const { user, router } = renderRoute(`/${ORG}/images/python/compare`)
    await user.click(await screen.findByRole('link', { name: 'Compare with chainguard/python' }))
    expect(new URLSearchParams(router.state.location.search).get('with')).toBe('source')
    expect(await screen.findByText('chainguard/python:latest')).toBeVisible()
    expect(screen.queryByRole('combobox', { name: 'From' })).toBeNull()

    const added = [...(repoNamed('python').customOverlay?.contents?.packages ?? [])].sort()
    expect(added.length).toBeGreaterThan(0)
    expect((await section('Packages added')).names).toEqual(added)
    expect((await section('Packages removed')).count).toBe(0)
    expect((await section('Packages changed')).count).toBe(0)
    // curl, which the customization adds, carries findings no release fixes yet
    const introduced = await section('Vulnerabilities introduced')
    expect(introduced.count).toBeGreaterThan(0)
    expect((await section('Vulnerabilities fixed')).count).toBe(0)
    const sizes = await screen.findByRole('table', { name: 'Size per architecture' })
    const x86 = (await within(sizes).findByRole('rowheader', { name: 'x86_64' })).closest('tr') as HTMLElement
    await waitFor(() =>
      expect(within(x86).getAllByRole('cell')[2]).toHaveTextContent(/^\+\d+(\.\d)? (KB|MB)$/),
    )

    await user.click(screen.getByRole('link', { name: 'Compare two versions' }))
    expect(await screen.findByRole('combobox', { name: 'From' })).toBeVisible()
  })

  it('compares the tag the URL names, and says so when the source has no such tag', async () => {
    renderRoute(`/${ORG}/images/python/compare?with=source&to=3.12`)
    expect(await screen.findByText('chainguard/python:3.12')).toBeVisible()
    expect((await section('Packages added')).count).toBeGreaterThan(0)

    const gone = db.listTags({ childrenOf: publicRepo('python'), name: '3.11' })[0]?.id ?? ''
    expect(state.tags.delete(gone)).toBe(true)
    renderRoute(`/${ORG}/images/python/compare?with=source&to=3.11`)
    expect(await screen.findByRole('heading', { name: 'chainguard/python has no tag “3.11”' })).toBeVisible()
  })

  it('says in words that the source cannot be read when the registry refuses it', async () => {
    db.injectFault({ path: '/iam/v1/groups', query: 'name=chainguard', answer: 403, times: Infinity })
    renderRoute(`/${ORG}/images/python/compare?with=source`)
    expect(await screen.findByRole('heading', { name: 'chainguard/python cannot be read' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Compare two versions' })).toBeVisible()
  })

  it('offers no source comparison for an image without customizations', async () => {
    renderRoute(`/${ORG}/images/redis/compare`)
    await screen.findByRole('combobox', { name: 'From' })
    expect(screen.queryByRole('link', { name: /^Compare with/ })).toBeNull()
  })
})
