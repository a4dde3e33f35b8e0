import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { sortRows, useColumnSort, type Column } from './columns'
import { DataTable, RowCells, WINDOWED_FROM } from './data-table'

interface Fruit {
  name: string
  size: number | undefined
  code: string
}

const FRUITS: Fruit[] = [
  { name: 'pear', size: 3, code: 'item-10' },
  { name: 'apple', size: undefined, code: 'item-9' },
  { name: 'fig', size: 1, code: 'item-100' },
]

const COLUMNS: readonly Column<Fruit, 'name' | 'size' | 'code' | 'note'>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.name, compare: (a, b) => a.name.localeCompare(b.name) },
  {
    id: 'size',
    header: 'Size',
    className: 'hide-narrow',
    cellClassName: 'nowrap',
    cell: (row) => row.size ?? '—',
    sortKey: (row) => row.size ?? Number.MAX_SAFE_INTEGER,
    descendingFirst: true,
  },
  { id: 'code', header: 'Code', cell: (row) => row.code, sortKey: (row) => row.code },
  { id: 'note', header: 'Note', className: 'hide-narrow', cell: () => 'fresh' },
]

function Fruits() {
  const sorting = useColumnSort(COLUMNS, { column: 'name', direction: 'asc' })
  return (
    <DataTable columns={COLUMNS} caption="Fruits" sorting={sorting}>
      <tbody>
        {sortRows(FRUITS, COLUMNS, sorting.sort).map((row) => (
          <tr key={row.name}>
            <RowCells columns={COLUMNS} row={row} />
          </tr>
        ))}
      </tbody>
    </DataTable>
  )
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/', element: <Fruits /> }], { initialEntries: [url] })
  render(<RouterProvider router={router} />)
  const table = screen.getByRole('table', { name: 'Fruits' })
  const names = () =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent)
  return { router, table, names }
}

describe('DataTable', () => {
  it('renders a sort button and aria-sort for the columns that sort, a plain header for the others', () => {
    const { table } = renderAt('/')
    const headers = within(table).getAllByRole('columnheader')
    expect(headers.map((header) => header.getAttribute('aria-sort'))).toEqual([
      'ascending',
      'none',
      'none',
      null,
    ])
    expect(headers[1]).toHaveClass('hide-narrow')
    expect(within(headers[3] as HTMLElement).queryByRole('button')).not.toBeInTheDocument()
    expect(headers[3]).toHaveClass('hide-narrow')
    expect(headers[3]).toHaveAttribute('scope', 'col')
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell')
    expect(cells.map((cell) => cell.className)).toEqual(['', 'nowrap hide-narrow', '', 'hide-narrow'])
  })

  it('sorts by compare or by key, keeps the sort in the URL, and starts a descending-first column descending', async () => {
    const user = userEvent.setup()
    const { router, table, names } = renderAt('/')
    expect(names()).toEqual(['apple', 'fig', 'pear'])

    await user.click(within(table).getByRole('button', { name: 'Size' }))
    expect(router.state.location.search).toBe('?sort=size&dir=desc')
    expect(names()).toEqual(['apple', 'pear', 'fig'])

    await user.click(within(table).getByRole('button', { name: 'Code' }))
    expect(router.state.location.search).toBe('?sort=code')
    expect(names()).toEqual(['apple', 'pear', 'fig'])
    expect(within(table).getByRole('columnheader', { name: 'Code' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
  })

  it('ignores a sort in the URL by a column that does not sort', () => {
    const { names, table } = renderAt('/?sort=note')
    expect(names()).toEqual(['apple', 'fig', 'pear'])
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
  })
})

describe('sortRows', () => {
  it('breaks ties the same way whichever the direction', () => {
    const rows = [
      { name: 'b', group: 1 },
      { name: 'a', group: 1 },
      { name: 'c', group: 0 },
    ]
    const columns: Column<(typeof rows)[number], 'group'>[] = [
      { id: 'group', header: 'Group', cell: (row) => row.group, sortKey: (row) => row.group },
    ]
    const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name)
    const names = (direction: 'asc' | 'desc') =>
      sortRows(rows, columns, { column: 'group', direction }, byName).map((row) => row.name)
    expect(names('asc')).toEqual(['c', 'a', 'b'])
    expect(names('desc')).toEqual(['a', 'b', 'c'])
  })
})

describe('DataTable with many rows', () => {
  const many = (count: number): Fruit[] =>
    Array.from({ length: count }, (_, index) => ({
      name: `fruit-${index}`,
      size: index,
      code: `item-${index}`,
    }))

  function Many({ fruits }: { fruits: Fruit[] }) {
    return (
      <DataTable columns={COLUMNS} caption="Fruits" rows={{ items: fruits, rowKey: (row) => row.name }} />
    )
  }

  it('draws every row of a short table, without row counts', () => {
    render(<Many fruits={many(WINDOWED_FROM - 1)} />)
    const table = screen.getByRole('table', { name: 'Fruits' })
    expect(within(table).getAllByRole('row')).toHaveLength(WINDOWED_FROM)
    expect(table).not.toHaveAttribute('aria-rowcount')
  })

  it('draws only the first rows of a long one, saying how many there are and where each drawn row is', () => {
    render(<Many fruits={many(5000)} />)
    const table = screen.getByRole('table', { name: 'Fruits' })
    expect(table).toHaveAttribute('aria-rowcount', '5001')
    const rows = within(table).getAllByRole('row')
    expect(rows.length).toBeLessThan(WINDOWED_FROM)
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(
      rows.map((_, index) => String(index + 1)),
    )
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent('fruit-0')
  })

  it('shows what it is given in place of no rows', () => {
    render(
      <DataTable
        columns={COLUMNS}
        caption="Fruits"
        rows={{ items: [], rowKey: () => '', empty: 'No fruit' }}
      />,
    )
    expect(screen.getByRole('cell', { name: 'No fruit' })).toHaveAttribute('colspan', '4')
  })
})
