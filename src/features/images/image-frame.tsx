import type { ReactNode } from 'react'
import { Link, useMatch, useSearchParams } from 'react-router'
import { hasCustomizations, isCreatedImage, sourceLabel } from '../../domain/image'
import type { CurrentImage } from '../../routing/current-image'
import { isImageTab, paths, type ImageTab } from '../../routing/paths'
import { Badge } from '../../ui/badge'
import { FlashNotice } from '../../ui/flash-notice'
import { QueryRefreshError } from '../../ui/query-errors'
import type { ActionOrg } from './image-action-props'
import { MoreActions } from './more-actions'
import { PullCommands } from './pull-commands'
import { RenameImage } from './rename-image'
import type { ImageInUrl } from './use-image-in-url'
import './image-frame.css'

const TAB_LABELS: Record<ImageTab, string> = {
  versions: 'Versions',
  packages: 'Packages',
  vulnerabilities: 'Vulnerabilities',
  builds: 'Builds',
  'build-config': 'Build config',
  compare: 'Compare',
}

/** Sections about one chosen version: moving between them keeps the version (`?version=`). */
const VERSION_TABS: readonly ImageTab[] = ['packages', 'vulnerabilities']

/**
 * The image page around its sections: header with pull commands and actions (the customize action
 * comes from the customize feature), then the section tabs, then the section itself.
 */
export function ImageFrame({
  found,
  image,
  customize,
  tabNotes,
  children,
}: {
  found: ImageInUrl
  image: CurrentImage
  customize: ReactNode
  /** shown after a section's name in its tab (e.g. the count of failed builds) */
  tabNotes?: Partial<Record<ImageTab, ReactNode>>
  children: ReactNode
}) {
  const { org, features, repo, imageNames } = image
  const match = useMatch('/:org/images/:image/:tab/*')
  const tab: ImageTab = isImageTab(match?.params.tab) ? match.params.tab : 'versions'
  const version = useSearchParams()[0].get('version')
  const keepVersion = version && VERSION_TABS.includes(tab) ? `?${new URLSearchParams({ version })}` : ''
  const actionOrg: ActionOrg = {
    id: org.id,
    name: org.name,
    customAssembly: features.customAssembly === true,
  }
  const source = sourceLabel(repo)

  // a failed refresh leaves the page (and any dialog open on it) as it is, and says so
  return (
    <>
      <QueryRefreshError query={found.repos} lead="Could not refresh this image." />
      <FlashNotice />
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to={paths.images(org.name)}>Organization Images</Link>
          </li>
          <li aria-current="page">{repo.name}</li>
        </ol>
      </nav>
      <header className="image-header">
        <div className="image-summary">
          <div className="image-title">
            <h1>{repo.name}</h1>
            {hasCustomizations(repo.customOverlay) && <Badge tone="accent">Customized</Badge>}
            {isCreatedImage(repo) && <Badge>Created with Custom Assembly</Badge>}
          </div>
          {source && <p className="muted image-source">Based on {source}</p>}
          {repo.description && <p className="image-description">{repo.description}</p>}
          <PullCommands org={org} repo={repo} />
        </div>
        <div className="image-actions">
          <div className="actions">
            {customize}
            {isCreatedImage(repo) && (
              <RenameImage org={actionOrg} repo={repo} imageNames={imageNames} tab={tab} />
            )}
            <MoreActions org={actionOrg} repo={repo} />
          </div>
          {!features.customAssembly && (
            <p id="customize-unavailable" className="actions-note muted">
              Custom Assembly is not enabled for {org.name}, so its images cannot be customized. An
              organization owner can ask their account team to turn it on.
            </p>
          )}
        </div>
      </header>

      <nav className="tabs" aria-label="Image sections">
        {(Object.keys(TAB_LABELS) as ImageTab[]).map((key) => (
          <Link
            key={key}
            to={paths.image(org.name, repo.name, key) + (VERSION_TABS.includes(key) ? keepVersion : '')}
            aria-current={key === tab ? 'page' : undefined}
          >
            {TAB_LABELS[key]}
            {tabNotes?.[key]}
          </Link>
        ))}
      </nav>

      {children}
    </>
  )
}
