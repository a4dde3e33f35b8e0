import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'

export type SortDirection = 'asc' | 'desc'

/** A column header that sorts its table; `aria-sort` tells assistive technology the order. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
  className,
}: {
  column: K
  label: string
  sort: { column: K; direction: SortDirection }
  onSort: (column: K) => void
  className?: string
}) {
  const active = sort.column === column
  const Icon = !active ? ArrowUpDown : sort.direction === 'asc' ? ArrowUp : ArrowDown
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <Icon size={13} aria-hidden className="sort-icon" />
      </button>
    </th>
  )
}
