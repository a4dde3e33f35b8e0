import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Column } from './columns'
import { DataTable, WINDOWED_FROM } from './data-table'

interface Row {
  name: string
}
const columns: readonly Column<Row>[] = [
  { id: 'name', header: 'Name', cell: (row) => <a href={`#${row.name}`}>{row.name}</a> },
]
const items = Array.from({ length: 1_000 }, (_, i) => ({ name: `image-${i}` }))
const drawn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .map((row) => Number(row.getAttribute('aria-rowindex')))
    .filter((index) => index > 1)

describe('a windowed table, by keyboard', () => {
  it('draws the rows after the focused one as the focus enters it, before the page has scrolled', () => {
    render(<DataTable columns={columns} caption="Images" rows={{ items, rowKey: (row) => row.name }} />)
    const before = drawn()
    expect(before.length).toBeLessThan(WINDOWED_FROM)
    const last = Math.max(...before)
    // Tab reaches the last row drawn; no scroll event has come yet
    act(() => screen.getByRole('link', { name: `image-${last - 2}` }).focus())
    expect(Math.max(...drawn())).toBeGreaterThan(last)
    expect(screen.getByRole('link', { name: `image-${last - 1}` })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: `image-${last - 2}` })).toHaveFocus()
  })
})
