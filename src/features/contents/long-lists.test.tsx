import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import * as db from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { WINDOWED_FROM } from '../../ui/data-table'
import { renderRoute } from '../../test/render'

/** A version with a thousand packages, or two thousand findings: the table draws the rows in view. */

const ORG = db.ORG_NAMES.default
const PACKAGES = 1_000
const FINDINGS = 2_000
const name = (index: number) => `pkg-${String(index).padStart(4, '0')}`

function answer(what: 'sbom' | 'vulnreport', body: () => unknown) {
  server.use(
    http.get(new RegExp(`/registry/v1/repos/.+/digests/[^/]+/${what}$`), () =>
      HttpResponse.json(body() as Record<string, unknown>),
    ),
  )
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => Number(row.getAttribute('aria-rowindex')) > 1)

describe('long lists of a version', () => {
  it(`draws a few of ${PACKAGES} packages, says how many there are, and finds one far down by filter`, async () => {
    answer('sbom', () => ({
      graph: {
        nodes: Array.from({ length: PACKAGES }, (_, i) => ({
          package: { name: name(i), version: `1.${i}.0-r0`, license: 'MIT' },
        })),
      },
    }))
    const { user } = renderRoute(`/${ORG}/images/node/packages`)
    const table = await screen.findByRole('table', { name: /^Packages of node/ })
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(PACKAGES + 1)))
    const drawn = bodyRows(table)
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.length).toBeLessThan(WINDOWED_FROM)
    expect(within(drawn[0] as HTMLElement).getByText(name(0))).toBeInTheDocument()
    expect(screen.getByText(`${PACKAGES} packages`)).toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Filter packages' }), name(PACKAGES - 1))
    expect(await screen.findByText(`1 of ${PACKAGES} packages`)).toBeInTheDocument()
    const found = screen.getByRole('table', { name: /^Packages of node/ })
    expect(within(found).getByText(`1.${PACKAGES - 1}.0-r0`)).toBeInTheDocument()
    expect(found).not.toHaveAttribute('aria-rowcount')
  })

  it(`draws a few of ${FINDINGS} findings, with every severity counted`, async () => {
    const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const
    answer('vulnreport', () => ({
      reportGeneration: '2026-11-30T10:00:00Z',
      vulnerabilityMatches: Array.from({ length: FINDINGS }, (_, i) => ({
        vulnerability: { id: `CVE-2026-${10_000 + i}`, severity: severities[i % severities.length] },
        pkg: { name: name(i % PACKAGES), version: '1.0.0-r0' },
        fix: { state: 'NOT_FIXED' },
      })),
    }))
    renderRoute(`/${ORG}/images/node/vulnerabilities`)
    const table = await screen.findByRole('table', { name: /^Vulnerabilities of node/ })
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(FINDINGS + 1)))
    expect(bodyRows(table).length).toBeLessThan(WINDOWED_FROM)
    const region = screen.getByRole('region', { name: 'Vulnerabilities' })
    expect(within(region).getByRole('status')).toHaveTextContent(`${FINDINGS} vulnerabilities`)
    expect(within(region).getAllByText(String(FINDINGS / severities.length)).length).toBeGreaterThanOrEqual(5)
  })
})
