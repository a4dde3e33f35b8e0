import type { Column } from './columns'

/** A column of text in a monospace font (names, versions, ids) that sorts by that text; "—" when empty. */
export function textColumn<Row>(
  id: string,
  header: string,
  text: (row: Row) => string,
  options: { className?: string } = {},
): Column<Row> {
  return {
    id,
    header,
    className: options.className,
    cellClassName: 'mono',
    cell: (row) => text(row) || <span className="muted">—</span>,
    sortKey: text,
  }
}
