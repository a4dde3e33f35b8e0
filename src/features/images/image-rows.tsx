import { Link } from 'react-router'
import type { Repo, Tag } from '../../api/types'
import { hasCustomizations, isCreatedImage, pullReference, sourceLabel } from '../../domain/image'
import { parentOf } from '../../domain/uidp'
import { compareTags, summarizeTags, type TagSummary } from '../../domain/versions'
import { paths } from '../../routing/paths'
import { Badge } from '../../ui/badge'
import type { Column } from '../../ui/columns'
import { CopyButton } from '../../ui/copy-button'
import { RelativeTime } from '../../ui/relative-time'
import './image-rows.css'

/** A row of Organization Images: an image with its latest tag, its page and its pull URL. */
interface ImageRow extends TagSummary {
  repo: Repo & { name: string }
  /** the image page */
  path: string
  customized: boolean
  created: boolean
  pullUrl: string
}

/** the order between rows the sorted column finds equal */
export const byName = (a: ImageRow, b: ImageRow) => a.repo.name.localeCompare(b.repo.name)

/** Organization Images' columns: what each shows and how it sorts. */
export const IMAGE_COLUMNS: readonly Column<ImageRow, 'name' | 'tag' | 'pull' | 'updated'>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (row) => {
      const source = sourceLabel(row.repo)
      return (
        <div className="cell-name">
          <span className="cell-inline">
            <Link to={row.path}>{row.repo.name}</Link>
            {row.customized && <Badge tone="accent">Customized</Badge>}
          </span>
          {(row.customized || row.created) && source && <span className="muted">Based on {source}</span>}
        </div>
      )
    },
    compare: byName,
  },
  {
    id: 'tag',
    header: 'Latest tag',
    cell: (row) =>
      row.latestTag ? (
        <span className="tag">{row.latestTag}</span>
      ) : (
        <span className="muted">No tags yet</span>
      ),
    // ascending puts the highest version first, as people read version lists
    compare: (a, b) => compareTags(a.latestTag ?? '', b.latestTag ?? ''),
  },
  {
    id: 'pull',
    header: 'Pull URL',
    className: 'hide-narrow',
    cell: (row) => (
      <span className="cell-inline">
        <code className="truncate">{row.pullUrl}</code>
        <CopyButton text={row.pullUrl} label={`pull URL of ${row.repo.name}`} />
      </span>
    ),
  },
  {
    id: 'updated',
    header: 'Last updated',
    cell: (row) => <RelativeTime value={row.lastUpdated} />,
    compare: (a, b) => (a.lastUpdated ?? '').localeCompare(b.lastUpdated ?? ''),
    descendingFirst: true,
  },
]

/** One row per named image, with the summary of its tags. */
export function buildRows(orgName: string, repos: readonly Repo[], tags: readonly Tag[]): ImageRow[] {
  const tagsByRepo = new Map<string, Tag[]>()
  for (const tag of tags) {
    const repoId = tag.id && parentOf(tag.id)
    if (!repoId) continue
    const list = tagsByRepo.get(repoId) ?? []
    list.push(tag)
    tagsByRepo.set(repoId, list)
  }
  return repos
    .filter((repo): repo is Repo & { name: string } => Boolean(repo.name))
    .map((repo) => ({
      repo,
      path: paths.image(orgName, repo.name),
      customized: hasCustomizations(repo.customOverlay),
      created: isCreatedImage(repo),
      pullUrl: pullReference(orgName, repo.name, { tag: 'latest' }),
      ...summarizeTags(tagsByRepo.get(repo.id ?? '') ?? []),
    }))
}

/** The rows whose image name contains the search (any case). */
export function filterRows(rows: ImageRow[], search: string): ImageRow[] {
  const needle = search.trim().toLowerCase()
  return needle ? rows.filter((row) => row.repo.name.toLowerCase().includes(needle)) : rows
}
