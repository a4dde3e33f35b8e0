import { useWindowVirtualizer, type Range } from '@tanstack/react-virtual'
import {
  memo,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type ReactNode,
} from 'react'
import { flushSync } from 'react-dom'
import { isSortable, type Column, type ColumnSort } from './columns'
import { SortHeader } from './sort-header'
import { useEndKey } from './use-end-key'
import './data-table.css'

/** From this many rows on, only the rows in view (and a few either side) are in the page. */
export const WINDOWED_FROM = 100
/** rows drawn beyond the window's edges, so scrolling and tabbing find them ready */
const OVERSCAN = 12

/** The rows of a table the table draws itself: one `<tr>` per item, its cells from the columns. */
export interface TableRows<Row> {
  items: readonly Row[]
  /** a row's React key */
  rowKey: (row: Row) => string
  /** what shows in place of the rows when there are none */
  empty?: ReactNode
  /**
   * a row's height in pixels before it is measured (windowed tables only): the usual one, or the
   * row's own from what it holds, so that the page is about as long as the table before its rows
   * are drawn and a jump far down lands where it aims
   */
  estimateHeight?: number | ((row: Row) => number)
  /** attributes and handlers of a row's `<tr>` (a row that opens something when clicked) */
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement>
}

/**
 * A table described by its columns: a hidden caption, then the header row, where each column that
 * sorts has a sort button and `aria-sort` (give `sorting` from `useColumnSort`).
 *
 * The body is either `rows`, which the table draws (windowed once there are `WINDOWED_FROM` of them:
 * only the rows in view are in the page, the table saying how many there are with `aria-rowcount`
 * and each row its place with `aria-rowindex`), or, while `rows` is not given, `children`: a
 * placeholder while the rows load, or a body of the table's own that keeps its click handlers
 * (its rows' cells from `RowCells`).
 */
export function DataTable<Row, Id extends string>({
  columns,
  caption,
  className = 'table',
  sorting,
  rows,
  children,
}: {
  columns: readonly Column<Row, Id>[]
  caption: string
  className?: string
  /** a method, so a table whose extra columns do not sort takes the sort of the columns that do */
  sorting?: { sort: ColumnSort<Id>; onSort(column: Id): void }
  rows?: TableRows<Row>
  children?: ReactNode
}) {
  const windowed = rows !== undefined && rows.items.length >= WINDOWED_FROM
  return (
    <table className={className} aria-rowcount={windowed ? rows.items.length + 1 : undefined}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr aria-rowindex={windowed ? 1 : undefined}>
          {columns.map((column) =>
            sorting && isSortable(column) ? (
              <SortHeader
                key={column.id}
                column={column.id}
                label={column.header}
                sort={sorting.sort}
                onSort={sorting.onSort}
                className={column.className}
              />
            ) : (
              <th key={column.id} scope="col" className={column.className}>
                {column.headerCell ?? column.header}
              </th>
            ),
          )}
        </tr>
      </thead>
      {rows === undefined ? (
        children
      ) : rows.items.length === 0 ? (
        <tbody>
          <tr>
            <td colSpan={columns.length}>{rows.empty}</td>
          </tr>
        </tbody>
      ) : windowed ? (
        <WindowedRows columns={columns} rows={rows} />
      ) : (
        <tbody>
          {rows.items.map((row) => (
            <tr key={rows.rowKey(row)} {...rows.rowProps?.(row)}>
              <RowCells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
      )}
    </table>
  )
}

const DEFAULT_ROW_HEIGHT = 52

/**
 * The rows in view of the window's scroll, between two empty rows as tall as the rows left out, so
 * the page is as long as the whole table. Rows are measured as they are drawn.
 */
function WindowedRows<Row, Id extends string>({
  columns,
  rows,
}: {
  columns: readonly Column<Row, Id>[]
  rows: TableRows<Row>
}) {
  const body = useRef<HTMLTableSectionElement>(null)
  useEndKey()
  const [top, setTop] = useState(0)
  // the row holding the focus, and rows either side of it, stay drawn
  const [focused, setFocused] = useState<number | null>(null)
  // the same function while the rows are the same: a new one has the virtualizer place every row
  // again, which a render on each scroll step need not do
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows.items[index]
      return row === undefined ? index : rows.rowKey(row)
    },
    [rows],
  )
  const { estimateHeight = DEFAULT_ROW_HEIGHT } = rows
  const estimate = (index: number) => {
    if (typeof estimateHeight === 'number') return estimateHeight
    const row = rows.items[index]
    return row === undefined ? DEFAULT_ROW_HEIGHT : estimateHeight(row)
  }
  // where the body starts on the page: what is above it may grow or shrink (a notice, a status)
  useLayoutEffect(() => {
    const element = body.current
    if (!element) return
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])
  const virtualizer = useWindowVirtualizer({
    count: rows.items.length,
    estimateSize: estimate,
    overscan: OVERSCAN,
    scrollMargin: top,
    getItemKey,
    rangeExtractor: (range) => rowsToDraw(range, focused),
    // a row not laid out (a hidden tab, a test's DOM) keeps its estimate rather than 0
    measureElement: (element) =>
      element.getBoundingClientRect().height || estimate(Number((element as HTMLElement).dataset.index)),
  })
  // A row drawn above the window and measured taller or shorter than its estimate moves what is in
  // view: the page scrolls by the difference to keep it in place, but only once the reader's own
  // scroll is over (a scroll of the page's own cut that short: the End key's landed hundreds of rows
  // before the end)
  // eslint-disable-next-line react-hooks/immutability -- an instance setting the virtualizer reads, not React state
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
    !instance.isScrolling && item.start < (instance.scrollOffset ?? 0)
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items.at(-1)
  const before = first ? first.start - top : 0
  const after = last ? virtualizer.getTotalSize() - (last.end - top) : 0
  // Tab moves the focus row by row faster than the page scrolls: as the focus enters a row, the
  // rows after it are drawn at once, so the next Tab finds them and never leaves the table early
  const onFocus = (event: FocusEvent) => {
    const index = Number((event.target as HTMLElement).closest<HTMLElement>('tr[data-index]')?.dataset.index)
    if (Number.isInteger(index) && index !== focused) flushSync(() => setFocused(index))
  }
  return (
    <tbody ref={body} onFocus={onFocus}>
      {before > 0 && <Spacer height={before} columns={columns.length} />}
      {items.map((item) => {
        const row = rows.items[item.index]
        if (row === undefined) return null
        return (
          <tr
            {...rows.rowProps?.(row)}
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-rowindex={item.index + 2}
          >
            <RowCells columns={columns} row={row} />
          </tr>
        )
      })}
      {after > 0 && <Spacer height={after} columns={columns.length} />}
    </tbody>
  )
}

/**
 * The rows in view and `OVERSCAN` either side; and, when the focused row is near them, every row
 * up to `OVERSCAN` beyond it (one run of rows, so the spacers stay right).
 */
function rowsToDraw(range: Range, focused: number | null): number[] {
  let from = Math.max(0, range.startIndex - range.overscan)
  let to = Math.min(range.count - 1, range.endIndex + range.overscan)
  if (focused !== null && focused >= from - OVERSCAN && focused <= to + OVERSCAN) {
    from = Math.max(0, Math.min(from, focused - OVERSCAN))
    to = Math.min(range.count - 1, Math.max(to, focused + OVERSCAN))
  }
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

/** An empty row standing for the rows left out. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="rows-left-out" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  )
}

/**
 * A row's cells, one per column, in the columns' order. Drawn again only when its row or columns
 * change, so a search that keeps a row in view leaves its cells as they are.
 */
export const RowCells = memo(function RowCells<Row, Id extends string>({
  columns,
  row,
}: {
  columns: readonly Column<Row, Id>[]
  row: Row
}) {
  return columns.map((column) => (
    <td
      key={column.id}
      className={[column.cellClassName, column.className].filter(Boolean).join(' ') || undefined}
    >
      {column.cell(row)}
    </td>
  ))
}) as <Row, Id extends string>(props: { columns: readonly Column<Row, Id>[]; row: Row }) => ReactNode
