import { useSearchParams } from 'react-router'
import type { SortDirection } from './sort-header'

/** Sets or removes query parameters in place (no new history entry); null or '' removes one. */
export function useUpdateSearchParams(): (changes: Record<string, string | null>) => void {
  const [, setParams] = useSearchParams()
  return (changes) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true },
    )
}

/**
 * A table's sort, kept in the URL as `?sort=<column>&dir=asc|desc`: the table's default sort leaves
 * both out, and `dir` appears only when it differs from the default direction. Clicking the sorted column flips it; another column starts ascending, or descending
 * when it is one of `descendingFirst` (dates, where newest first is what people want).
 */
export function useSortParam<K extends string>({
  columns,
  initial,
  descendingFirst = [],
}: {
  columns: readonly K[]
  initial: { column: K; direction: SortDirection }
  descendingFirst?: readonly K[]
}) {
  const [params] = useSearchParams()
  const update = useUpdateSearchParams()
  const asked = params.get('sort') as K | null
  const column = asked && columns.includes(asked) ? asked : initial.column
  const dir = params.get('dir')
  const sort = {
    column,
    direction: dir === 'asc' || dir === 'desc' ? dir : initial.direction,
  } satisfies { column: K; direction: SortDirection }

  function onSort(next: K) {
    const direction: SortDirection =
      sort.column === next
        ? sort.direction === 'asc'
          ? 'desc'
          : 'asc'
        : descendingFirst.includes(next)
          ? 'desc'
          : 'asc'
    const isDefault = next === initial.column && direction === initial.direction
    update({ sort: isDefault ? null : next, dir: direction === initial.direction ? null : direction })
  }

  return { sort, onSort }
}
