import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SCAN_DELAY_MS } from '../../../mocks/contents'
import { PENDING_VERSION_RECORD_POLL_MS } from '../../api/timing'
import * as db from '../../../mocks/db'
import { renderRoute } from '../../test/render'

const ORG = db.ORG_NAMES.default

function repoNamed(name: string) {
  const org = db.listGroups({ name: ORG })[0]?.id ?? ''
  const repo = db.listRepos({ childrenOf: org, name })[0]
  if (!repo?.id) throw new Error(`no ${name}`)
  return repo as typeof repo & { id: string }
}

const tagsOf = (name: string) => db.listTags({ childrenOf: repoNamed(name).id })
const digestOf = (name: string, tag: string) => tagsOf(name).find((t) => t.name === tag)?.digest ?? ''
const sbomNames = (name: string, digest: string) =>
  (db.getSbom(repoNamed(name).id, digest).graph?.nodes ?? []).map((node) => node.package?.name ?? '')

/** The section's table once its rows (not the loading skeleton) are there. */
async function table(name: RegExp) {
  const found = await screen.findByRole('table', { name })
  await waitFor(() => expect(within(found).queryByLabelText(/^Loading/)).toBeNull())
  return found
}

/** The section's count ("N packages", "N of M vulnerabilities") */
const count = (section: 'Packages' | 'Vulnerabilities') =>
  within(screen.getByRole('region', { name: section })).getByRole('status')

const rowNames = (found: HTMLElement) =>
  within(found)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '')

describe('Packages of a version', () => {
  it('lists the latest version’s packages by default, marking those the build config added, with the count', async () => {
    const python = repoNamed('python')
    const added = python.customOverlay?.contents?.packages ?? []
    const names = sbomNames('python', digestOf('python', 'latest'))
    renderRoute(`/${ORG}/images/python/packages`)

    const packages = await table(/^Packages of python latest/)
    expect(screen.getByRole('combobox', { name: 'Version' })).toHaveDisplayValue(/^latest/)
    expect(count('Packages')).toHaveTextContent(`${names.length} packages`)
    expect(rowNames(packages).map((text) => text.replace('Added by customization', ''))).toEqual(
      [...names].sort(),
    )
    const marked = within(packages)
      .getAllByText('Added by customization')
      .map((badge) => badge.closest('tr')?.querySelector('.mono')?.textContent)
    expect(marked.sort()).toEqual([...added].sort())
    expect(added.length).toBeGreaterThan(0)
  })

  it('shows the version picked, and keeps it in the URL', async () => {
    const other = tagsOf('node').find(
      (tag) => tag.digest !== digestOf('node', 'latest') && tag.name?.endsWith('-dev'),
    )
    if (!other?.name || !other.digest) throw new Error('node has no -dev version')
    const { user, router } = renderRoute(`/${ORG}/images/node/packages`)
    await table(/^Packages of node latest/)

    const picker = screen.getByRole('combobox', { name: 'Version' })
    const option = within(picker)
      .getAllByRole<HTMLOptionElement>('option')
      .find((o) => o.textContent?.split(', ').includes(other.name ?? ''))
    if (!option) throw new Error(`no option for ${other.name}`)
    await user.selectOptions(picker, option)
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?version=${encodeURIComponent(option.value)}`),
    )
    const packages = await table(new RegExp(`^Packages of node ${option.value}`))
    const names = sbomNames('node', other.digest)
    await waitFor(() => expect(rowNames(packages)).toHaveLength(names.length))
    expect(count('Packages')).toHaveTextContent(`${names.length} packages`)
  })

  it('keeps the chosen version when moving between Packages and Vulnerabilities, and only there', async () => {
    const { user, router } = renderRoute(`/${ORG}/images/node/packages?version=latest-dev`)
    await table(/^Packages of node latest-dev/)
    const sections = screen.getByRole('navigation', { name: 'Image sections' })
    await user.click(within(sections).getByRole('link', { name: 'Vulnerabilities' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/vulnerabilities$/))
    expect(router.state.location.search).toBe('?version=latest-dev')
    expect(screen.getByRole('combobox', { name: 'Version' })).toHaveDisplayValue(/^latest-dev/)
    expect(within(sections).getByRole('link', { name: 'Builds' })).toHaveAttribute(
      'href',
      `/${ORG}/images/node/builds`,
    )
  })

  it('opens the version a link names, by tag or by digest', async () => {
    const digest = digestOf('redis', 'latest')
    renderRoute(`/${ORG}/images/redis/packages?version=${digest}`)
    await table(/^Packages of redis latest/)
    expect(count('Packages')).toHaveTextContent(`${sbomNames('redis', digest).length} packages`)
  })

  it('filters the packages by name, version or licence and says how many match', async () => {
    const names = sbomNames('python', digestOf('python', 'latest'))
    const { user } = renderRoute(`/${ORG}/images/python/packages`)
    const packages = await table(/^Packages of python/)
    await user.type(screen.getByRole('searchbox', { name: 'Filter packages' }), 'curl')
    const matching = names.filter((name) => name.includes('curl'))
    await waitFor(() => expect(rowNames(packages)).toHaveLength(matching.length))
    expect(count('Packages')).toHaveTextContent(`${matching.length} of ${names.length} packages`)

    await user.clear(screen.getByRole('searchbox', { name: 'Filter packages' }))
    await user.type(screen.getByRole('searchbox', { name: 'Filter packages' }), 'zzzz')
    expect(await within(packages).findByText('No matching packages')).toBeVisible()
  })

  it('says in words when the registry has no package list for a version, or no such tag', async () => {
    renderRoute(`/${ORG}/images/redis/packages?version=sha256:${'0'.repeat(64)}`)
    expect(await screen.findByRole('heading', { name: 'No package list yet for this version' })).toBeVisible()
    expect(screen.getByText(/may have been removed/)).toBeVisible()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says so when the URL names a tag the image does not have', async () => {
    renderRoute(`/${ORG}/images/redis/packages?version=no-such-tag`)
    expect(await screen.findByRole('heading', { name: 'No version “no-such-tag”' })).toBeVisible()
  })
})

describe('Vulnerabilities of a version', () => {
  const scanOf = (name: string, tag = 'latest') => db.getVulnReport(repoNamed(name).id, digestOf(name, tag))

  it('counts the findings by severity and lists each with its package, versions and fix state', async () => {
    const matches = scanOf('go').vulnerabilityMatches ?? []
    renderRoute(`/${ORG}/images/go/vulnerabilities`)
    const findings = await table(/^Vulnerabilities of go latest/)
    expect(rowNames(findings)).toHaveLength(matches.length)

    const counts = screen.getByLabelText('Vulnerabilities by severity')
    for (const [severity, label] of [
      ['CRITICAL', 'Critical'],
      ['HIGH', 'High'],
      ['MEDIUM', 'Medium'],
      ['LOW', 'Low'],
      ['UNKNOWN', 'Unknown'],
    ] as const) {
      const expected = matches.filter((match) => match.vulnerability?.severity === severity).length
      const term = within(counts).getByText(label).closest('div')
      expect(term, label).toHaveTextContent(`${label}${expected}`)
    }
    const first = matches[0]
    const row = within(findings)
      .getAllByText(first?.vulnerability?.id ?? '-')[0]
      ?.closest('tr')
    expect(row).toHaveTextContent(first?.pkg?.name ?? '-')
    expect(row).toHaveTextContent(first?.pkg?.version ?? '-')
  })

  it('filters by severity and by text, in the URL', async () => {
    const matches = scanOf('go').vulnerabilityMatches ?? []
    const high = matches.filter((match) => match.vulnerability?.severity === 'HIGH')
    const { user, router } = renderRoute(`/${ORG}/images/go/vulnerabilities`)
    const findings = await table(/^Vulnerabilities of go/)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'High')
    await waitFor(() => expect(router.state.location.search).toBe('?severity=high'))
    await waitFor(() => expect(rowNames(findings)).toHaveLength(high.length || 1))
    expect(count('Vulnerabilities')).toHaveTextContent(`${high.length} of ${matches.length} vulnerabilities`)
    expect(screen.getByRole('combobox', { name: 'Severity' })).toHaveDisplayValue('High')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'All severities')
    const id = matches[0]?.vulnerability?.id ?? ''
    await user.type(screen.getByRole('searchbox', { name: 'Filter vulnerabilities' }), id)
    const withId = matches.filter((match) => match.vulnerability?.id?.includes(id))
    await waitFor(() => expect(rowNames(findings)).toHaveLength(withId.length))
  })

  it('opens with the severity the URL names picked', async () => {
    const matches = scanOf('go').vulnerabilityMatches ?? []
    const low = matches.filter((match) => match.vulnerability?.severity === 'LOW')
    renderRoute(`/${ORG}/images/go/vulnerabilities?severity=low`)
    const findings = await table(/^Vulnerabilities of go/)
    expect(screen.getByRole('combobox', { name: 'Severity' })).toHaveDisplayValue('Low')
    await waitFor(() => expect(rowNames(findings)).toHaveLength(low.length || 1))
  })

  it('says the scan found none, and when it ran, for a version without findings', async () => {
    expect(scanOf('static').vulnerabilityMatches ?? []).toHaveLength(0)
    renderRoute(`/${ORG}/images/static/vulnerabilities`)
    expect(await screen.findByRole('heading', { name: 'No vulnerabilities found' })).toBeVisible()
    const words = screen.getByText(/The scan of this version found no known vulnerabilities/)
    expect(words).toHaveTextContent(/It ran .+ ago\.$/)
  })

  it('says a new version has not been scanned yet, and shows the scan once it has run', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    })
    try {
      const redis = repoNamed('redis')
      db.updateRepo(redis.id, { ...redis, customOverlay: { contents: { packages: ['jq'] } } })
      db.clock.advance(61_000)
      renderRoute(`/${ORG}/images/redis/vulnerabilities`)
      expect(await screen.findByRole('heading', { name: 'Not scanned yet' })).toBeVisible()
      db.clock.advance(SCAN_DELAY_MS)
      await act(() => vi.advanceTimersByTimeAsync(PENDING_VERSION_RECORD_POLL_MS))
      expect(await screen.findByLabelText('Vulnerabilities by severity')).toBeVisible()
    } finally {
      vi.useRealTimers()
    }
  })
})
