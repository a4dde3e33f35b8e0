import { useQuery } from '@tanstack/react-query'
import { queries } from '../../api/queries'
import { pullReference } from '../../domain/image'
import { summarizeTags } from '../../domain/versions'
import type { CurrentImage } from '../../routing/current-image'
import { CopyButton } from '../../ui/copy-button'
import './pull-commands.css'

/** `docker pull` by the latest tag, and by the latest digest once the tags are known; each copyable. */
export function PullCommands({ org, repo }: Pick<CurrentImage, 'org' | 'repo'>) {
  const tags = useQuery(queries.tags(org.id, repo.id))
  const summary = summarizeTags(tags.data ?? [])
  const byTag = `docker pull ${pullReference(org.name, repo.name, { tag: 'latest' })}`
  const byDigest = summary.latestDigest
    ? `docker pull ${pullReference(org.name, repo.name, { digest: summary.latestDigest })}`
    : undefined
  return (
    <div className="pull-commands">
      <div className="command">
        <span className="command-label">By tag</span>
        <code>{byTag}</code>
        <CopyButton text={byTag} label="pull command by tag" />
      </div>
      {byDigest && (
        <div className="command">
          <span className="command-label">By digest</span>
          <code>{byDigest}</code>
          <CopyButton text={byDigest} label="pull command by digest" />
        </div>
      )}
    </div>
  )
}
