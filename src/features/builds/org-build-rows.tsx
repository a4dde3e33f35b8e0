import { Link } from 'react-router'
import type { BuildReport } from '../../api/types'
import { parentOf } from '../../domain/uidp'
import { paths } from '../../routing/paths'
import type { Column } from '../../ui/columns'
import { toRows, type BuildRow } from './build-row'

/** A build of the organization's list: a build row that also names its image. */
export interface OrgBuildRow extends BuildRow {
  repoId: string
  /** the image's name (the last part of its id when the images list does not have it) */
  image: string
}

/**
 * One row per build of `reports` (a build listed in two windows counts once), each knowing its
 * image and the last successful build of its image's stream before it.
 */
export function toOrgRows(
  reports: readonly BuildReport[],
  imageNames: ReadonlyMap<string, string>,
): OrgBuildRow[] {
  const byImage = new Map<string, Map<string, BuildReport>>()
  for (const report of reports) {
    const repoId = report.id && parentOf(report.id)
    if (!repoId || !report.id) continue
    const own = byImage.get(repoId) ?? new Map<string, BuildReport>()
    own.set(report.id, report)
    byImage.set(repoId, own)
  }
  return [...byImage].flatMap(([repoId, own]) => {
    const image = imageNames.get(repoId) ?? repoId.split('/').at(-1) ?? repoId
    return toRows([...own.values()], []).map((row) => ({ ...row, repoId, image }))
  })
}

const names = new Intl.Collator()

/** The "Image" column: the image's name, linking to its builds. */
export function imageColumn(org: string): Column<OrgBuildRow, 'image'> {
  return {
    id: 'image',
    header: 'Image',
    cell: (row) => <Link to={paths.image(org, row.image, 'builds')}>{row.image}</Link>,
    compare: (a, b) => names.compare(a.image, b.image),
  }
}
