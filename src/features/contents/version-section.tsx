import type { ReactNode } from 'react'
import { shortDigest } from '../../domain/image'
import type { Version } from '../../domain/versions'
import { NoVersion } from '../../ui/no-version'
import { QueryLoadError } from '../../ui/query-errors'
import { EmptyState, LoadingState } from '../../ui/states'
import { VersionPicker } from '../../ui/version-picker'
import type { ChosenVersion } from './use-chosen-version'
import './contents.css'

/**
 * A section about one version of the image (Packages, Vulnerabilities): the version picker, then
 * the section's content for the chosen version, or words when there is no version to show.
 */
export function VersionSection({
  label,
  chosenVersion,
  children,
}: {
  label: string
  chosenVersion: ChosenVersion
  children: (version: Version) => ReactNode
}) {
  const { image, tags, versions, asked, chosen } = chosenVersion
  return (
    <section aria-label={label} className="version-section">
      <div className="toolbar">
        <VersionPicker label="Version" param="version" versions={versions} chosen={chosen} />
        {chosen && (
          <code className="muted" title={chosen.digest}>
            {shortDigest(chosen.digest)}
          </code>
        )}
      </div>
      {tags.isLoadingError ? (
        <QueryLoadError query={tags} title="Could not load the versions" />
      ) : tags.isPending ? (
        <LoadingState label="Loading versions…" />
      ) : chosen ? (
        children(chosen)
      ) : (
        <NoVersion imageName={image.repo.name} asked={asked} />
      )}
    </section>
  )
}

/** Words for a version the registry has no record of (yet): what the section cannot show, and why. */
export function NoRecord({
  title,
  version,
  children,
}: {
  title: string
  version: Version
  children: ReactNode
}) {
  return (
    <EmptyState title={title}>
      <p className="muted">{children}</p>
      {version.tags.length === 0 && (
        <p className="muted">
          No tag points at {shortDigest(version.digest)} any more: this version may have been removed.
        </p>
      )}
    </EmptyState>
  )
}
