import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Wand2 } from 'lucide-react'
import { Suspense, useEffect, useRef, useState, type ComponentType } from 'react'
import { Link, Navigate, useParams } from 'react-router'
import { useDeletedImageIds } from '../../api/mutations'
import { useCurrentOrg } from '../../api/org'
import { queries } from '../../api/queries'
import type { Repo } from '../../api/types'
import { hasCustomizations, isCreatedImage, pullReference, sourceLabel } from '../../domain/image'
import { isImageTab, paths, type ImageTab } from '../../domain/paths'
import { summarizeTags } from '../../domain/versions'
import { Badge } from '../../ui/badge'
import { CopyButton } from '../../ui/copy-button'
import { Dialog } from '../../ui/dialog'
import { FlashNotice } from '../../ui/flash-notice'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { EmptyState, LoadingState } from '../../ui/states'
import { MoreActions, RenameImage } from './image-actions'
import { VersionsTab } from './versions-tab'

const TAB_LABELS: Record<ImageTab, string> = {
  versions: 'Versions',
  builds: 'Builds',
  'build-config': 'Build config',
}

/** What the app passes in for the body of the "Customize Image" dialog (the customize feature's form). */
export interface CustomizeFormProps {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  imageNames: readonly string[]
  onDirtyChange: (dirty: boolean) => void
  /** closes the dialog (e.g. when the user follows "See the builds") */
  onClose: () => void
}

/** What the app passes in for the Builds tab (the builds feature's list and log drawer). */
export interface BuildsTabProps {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  buildId: string | undefined
}

/** What the app passes in for the Build config tab (the build-config feature's editor). */
export interface BuildConfigTabProps {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  imageNames: readonly string[]
}

interface ImagePageProps {
  CustomizeForm: ComponentType<CustomizeFormProps>
  /** loads the form's code ahead of the first click */
  preloadCustomizeForm: () => Promise<unknown>
  BuildsTab: ComponentType<BuildsTabProps>
  BuildConfigTab: ComponentType<BuildConfigTabProps>
}

/** The image page: header with pull commands and actions, then the Versions / Builds / Build config tabs. */
export default function ImagePage({
  CustomizeForm,
  preloadCustomizeForm,
  BuildsTab,
  BuildConfigTab,
}: ImagePageProps) {
  const { org } = useCurrentOrg()
  const { image: imageName = '', tab: tabParam, buildId } = useParams()
  const repos = useQuery(queries.repos(org.id))
  // The image is found by name, then followed by id: right after a rename the list already has the
  // new name while the URL still has the old one, and the page stays as it is (focus included).
  const [shown, setShown] = useState<{ id: string; name: string } | undefined>()
  const byName = repos.data?.find((candidate) => candidate.name === imageName)
  if (byName?.id && (byName.id !== shown?.id || imageName !== shown.name)) {
    setShown({ id: byName.id, name: imageName })
  }
  const renamed =
    !byName && shown?.name === imageName
      ? repos.data?.find((candidate) => candidate.id === shown.id)
      : undefined
  const repo = byName ?? renamed
  const deleted = useDeletedImageIds(org.id)

  if (tabParam !== undefined && !isImageTab(tabParam)) {
    return <Navigate to={paths.image(org.name, imageName)} replace />
  }
  const tab: ImageTab = tabParam ?? 'versions'

  if (repos.isLoadingError) {
    return <QueryLoadError query={repos} title="Could not load this image" />
  }
  if (repos.isPending) {
    return <LoadingState label={`Loading ${imageName}…`} />
  }
  if (!repo?.id || !repo.name) {
    // deleted from this page: the console is on its way back to the list
    if (shown?.name === imageName && deleted.has(shown.id)) return null
    return (
      <EmptyState title="Image not found">
        <p className="muted">
          {org.name} has no image named “{imageName}”. It may have been renamed or deleted.{' '}
          <Link to={paths.images(org.name)}>Back to Organization Images</Link>
        </p>
      </EmptyState>
    )
  }
  // a failed refresh leaves the page (and any dialog open on it) as it is, and says so
  return (
    <>
      <QueryRefreshError query={repos} lead="Could not refresh this image." />
      <ImageView
        repo={{ ...repo, id: repo.id, name: repo.name }}
        tab={tab}
        imageNames={repos.data.map((candidate) => candidate.name ?? '')}
        buildId={tab === 'builds' ? buildId : undefined}
        CustomizeForm={CustomizeForm}
        preloadCustomizeForm={preloadCustomizeForm}
        BuildsTab={BuildsTab}
        BuildConfigTab={BuildConfigTab}
      />
    </>
  )
}

function ImageView({
  repo,
  tab,
  imageNames,
  buildId,
  CustomizeForm,
  preloadCustomizeForm,
  BuildsTab,
  BuildConfigTab,
}: ImagePageProps & {
  repo: Repo & { id: string; name: string }
  tab: ImageTab
  imageNames: string[]
  buildId: string | undefined
}) {
  const { org, features } = useCurrentOrg()
  const tags = useQuery(queries.tags(org.id, repo.id))
  const [customizing, setCustomizing] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [confirmingClose, setConfirmingClose] = useState(false)

  /** Closing with unsent choices asks first, inside the dialog; Escape on that question keeps editing. */
  function onOpenChange(open: boolean) {
    if (!open && dirty) {
      setConfirmingClose(!confirmingClose)
      return
    }
    setCustomizing(open)
  }

  function discard() {
    setConfirmingClose(false)
    setDirty(false)
    setCustomizing(false)
  }
  const actionOrg = { id: org.id, name: org.name, customAssembly: features.customAssembly === true }
  const queryClient = useQueryClient()
  const canCustomize = features.customAssembly === true

  // The form's code is small: fetch it once the page is up. The data (the org's catalogue, the
  // source image's packages) waits for a sign of intent: pointing at or focusing the button.
  useEffect(() => {
    if (canCustomize) void preloadCustomizeForm()
  }, [canCustomize, preloadCustomizeForm])
  function warmUp() {
    if (!canCustomize) return
    void queryClient.prefetchInfiniteQuery(queries.catalogue(org.id))
    void queryClient.prefetchQuery(queries.resolved(org.id, repo.id))
  }

  const summary = summarizeTags(tags.data ?? [])
  const source = sourceLabel(repo)
  const byTag = `docker pull ${pullReference(org.name, repo.name, { tag: 'latest' })}`
  const byDigest = summary.latestDigest
    ? `docker pull ${pullReference(org.name, repo.name, { digest: summary.latestDigest })}`
    : undefined

  return (
    <>
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
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <div className="image-title">
            <h1>{repo.name}</h1>
            {hasCustomizations(repo.customOverlay) && <Badge tone="accent">Customized</Badge>}
            {isCreatedImage(repo) && <Badge>Created with Custom Assembly</Badge>}
          </div>
          {source && (
            <p className="muted" style={{ margin: '4px 0 0' }}>
              Based on {source}
            </p>
          )}
          {repo.description && <p style={{ margin: '8px 0 0' }}>{repo.description}</p>}
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
        </div>
        <div className="actions">
          <Dialog
            open={customizing}
            onOpenChange={onOpenChange}
            width={760}
            title="Customize Image"
            description={`Add packages to ${repo.name}.`}
            trigger={
              <button
                type="button"
                className="button primary"
                disabled={!features.customAssembly}
                onPointerEnter={warmUp}
                onFocus={warmUp}
                aria-describedby={features.customAssembly ? undefined : 'customize-unavailable'}
              >
                <Wand2 size={15} aria-hidden /> Customize Image
              </button>
            }
          >
            {confirmingClose && (
              <DiscardPrompt onKeep={() => setConfirmingClose(false)} onDiscard={discard} />
            )}
            <Suspense fallback={<LoadingState label="Loading packages…" />}>
              <CustomizeForm
                org={org}
                repo={repo}
                imageNames={imageNames}
                onDirtyChange={setDirty}
                onClose={discard}
              />
            </Suspense>
          </Dialog>
          {isCreatedImage(repo) && (
            <RenameImage org={actionOrg} repo={repo} imageNames={imageNames} tab={tab} />
          )}
          <MoreActions org={actionOrg} repo={repo} />
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
            to={paths.image(org.name, repo.name, key)}
            aria-current={key === tab ? 'page' : undefined}
          >
            {TAB_LABELS[key]}
          </Link>
        ))}
      </nav>

      {tab === 'versions' && <VersionsTab orgName={org.name} repo={repo} tags={tags} />}
      {tab === 'builds' && <BuildsTab org={org} repo={repo} buildId={buildId} />}
      {tab === 'build-config' && <BuildConfigTab org={org} repo={repo} imageNames={imageNames} />}
    </>
  )
}

function DiscardPrompt({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <div className="notice warning" role="alertdialog" aria-labelledby="discard-question">
      <p id="discard-question" style={{ flex: 1 }}>
        Close without applying? Your package choices will be lost.
      </p>
      <button ref={keep} type="button" className="button small" onClick={onKeep}>
        Keep editing
      </button>
      <button type="button" className="button small danger" onClick={onDiscard}>
        Discard and close
      </button>
    </div>
  )
}
