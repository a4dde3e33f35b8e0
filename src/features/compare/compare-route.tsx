import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { queries } from '../../api/queries'
import { comparedVersions } from '../../domain/compare'
import { hasCustomizations, sourceLabel } from '../../domain/image'
import { groupTagsByDigest, type Version } from '../../domain/versions'
import { useCurrentImage, type CurrentImage } from '../../routing/current-image'
import { NoVersion } from '../../ui/no-version'
import { QueryLoadError } from '../../ui/query-errors'
import { EmptyState, LoadingState } from '../../ui/states'
import { VersionPicker } from '../../ui/version-picker'
import { Comparison } from './comparison'
import { versionLabel, type Side } from './side'
import { SourceComparison } from './source-comparison'
import './compare.css'

/**
 * `/:org/images/:image/compare?from=&to=` (each a tag or a digest; by default the previous and the
 * latest version): what changed between two versions. `?with=source&to=` compares the version with
 * the same tag of the image it is built from. The pickers replace the URL's entry, as every filter
 * does; switching to or from the source is a link, a new entry.
 */
export default function CompareRoute() {
  const image = useCurrentImage()
  const tags = useQuery(queries.tags(image.org.id, image.repo.id))
  const [params] = useSearchParams()
  const asked = { from: params.get('from') ?? '', to: params.get('to') ?? '' }
  const withSource = params.get('with') === 'source'
  const versions = useMemo(() => groupTagsByDigest(tags.data ?? []), [tags.data])
  const pair = tags.isSuccess ? comparedVersions(versions, asked) : { from: undefined, to: undefined }
  const source = hasCustomizations(image.repo.customOverlay) ? sourceLabel(image.repo) : undefined
  const tag = pair.to && (pair.to.tags.includes(asked.to) ? asked.to : pair.to.tags[0])
  const toParam = asked.to ? `to=${encodeURIComponent(asked.to)}` : ''

  return (
    <section aria-label="Compare" className="compare">
      <div className="toolbar compare-pickers">
        {withSource && source ? (
          <span className="version-picker">
            From <code>{tag ? `${source}:${tag}` : source}</code>
          </span>
        ) : (
          <VersionPicker label="From" param="from" versions={versions} chosen={pair.from} />
        )}
        <VersionPicker label="To" param="to" versions={versions} chosen={pair.to} />
        {source &&
          (withSource ? (
            <Link to={`?${toParam}`}>Compare two versions</Link>
          ) : (
            <Link to={`?with=source${toParam && `&${toParam}`}`}>Compare with {source}</Link>
          ))}
      </div>
      {tags.isLoadingError ? (
        <QueryLoadError query={tags} title="Could not load the versions" />
      ) : tags.isPending ? (
        <LoadingState label="Loading versions…" />
      ) : !pair.to ? (
        <NoVersion imageName={image.repo.name} asked={asked.to} />
      ) : withSource && source ? (
        tag ? (
          <SourceComparison image={image} source={source} to={sideOf(image, pair.to)} tag={tag} />
        ) : (
          <EmptyState title="This version has no tag">
            <p className="muted">Pick a tagged version to compare it with {source}.</p>
          </EmptyState>
        )
      ) : !pair.from ? (
        asked.from ? (
          <NoVersion imageName={image.repo.name} asked={asked.from} />
        ) : (
          <EmptyState title="No earlier version">
            <p className="muted">
              {image.repo.name} has no version before {pair.to.tags[0]}. Pick one under “From” to compare.
            </p>
          </EmptyState>
        )
      ) : (
        <Comparison from={sideOf(image, pair.from)} to={sideOf(image, pair.to)} />
      )}
    </section>
  )
}

function sideOf(image: CurrentImage, version: Version): Side {
  return {
    orgId: image.org.id,
    repoId: image.repo.id,
    version,
    label: versionLabel(image.repo.name, version),
  }
}
