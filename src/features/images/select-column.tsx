import type { Column } from '../../ui/columns'
import { SelectAllShown, SelectRow } from './image-selection'
import type { SelectableRow } from './use-image-selection'

/** The first column of a table of images: a checkbox per row, and one in the header for the shown rows. */
export const SELECT_COLUMN: Column<SelectableRow, 'select'> = {
  id: 'select',
  header: 'Select',
  headerCell: <SelectAllShown />,
  cellClassName: 'select-cell',
  cell: (row) => <SelectRow id={row.repo.id} name={row.repo.name} />,
}
