import { useQuery } from '@tanstack/react-query'
import { useVirtualizer } from '@tanstack/react-virtual'
import { Lock, X } from 'lucide-react'
import { useMemo, useRef, useState } from 'react'
import { useApplyOverlay } from '../../api/apply-overlay'
import { useCatalogue } from '../../api/catalogue'
import { queries } from '../../api/queries'
import type { PackageSummary, Repo } from '../../api/types'
import {
  clearAll,
  createPackageFilter,
  diffSelection,
  hasChanges,
  initialSelection,
  packagesToSave,
  selectAll,
  toggle,
} from '../../domain/package-selection'
import { paths } from '../../routing/paths'
import { AppliedNotice } from '../../ui/applied-notice'
import { ErrorNotice } from '../../ui/error-notice'
import { LoadingState } from '../../ui/states'
import { TargetChoice } from '../../ui/target-choice'
import { useExclusive } from '../../ui/use-exclusive'

export interface CustomizeFormProps {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  /** names of the organization's images, for the new-image name rule */
  imageNames: readonly string[]
  /** tells the dialog whether closing would lose choices */
  onDirtyChange: (dirty: boolean) => void
  /** closes the dialog (when the user follows "See the builds") */
  onClose: () => void
}

const ROW_HEIGHT = 56

/** The "Customize Image" flow: select packages, preview the change, apply it. */
export default function CustomizeForm({ org, repo, imageNames, onDirtyChange, onClose }: CustomizeFormProps) {
  const catalogue = useCatalogue(org.id)
  const resolved = useQuery(queries.resolved(org.id, repo.id))
  const base = useMemo(() => new Set(resolved.data?.contents?.packages ?? []), [resolved.data])
  const saved = useMemo(() => repo.customOverlay?.contents?.packages ?? [], [repo.customOverlay])

  const [touched, setTouched] = useState<Set<string> | null>(null)
  const selected = touched ?? initialSelection(saved, base)
  const [query, setQuery] = useState('')
  const [step, setStep] = useState<'select' | 'preview'>('select')

  const exclusive = useExclusive()
  const applying = useApplyOverlay({ orgId: org.id, repo, imageNames })
  const { target, name: newName, nameError } = applying.choice

  const filter = useMemo(() => createPackageFilter(catalogue.packages), [catalogue.packages])
  const visible = useMemo(() => filter(query), [filter, query])
  const byName = useMemo(
    () => new Map(catalogue.packages.map((pkg) => [pkg.packageName ?? '', pkg])),
    [catalogue.packages],
  )

  const diff = diffSelection(saved, selected, base)
  const changed = target === 'new' ? selected.size > 0 : hasChanges(diff)
  // the source image's packages decide which rows are locked: nothing can be chosen before they are known
  const blocker = !resolved.data
    ? `Waiting for the packages of ${repo.name}’s source image.`
    : !changed
      ? target === 'new'
        ? 'Select at least one package for the new image.'
        : 'Nothing has changed yet: tick or untick a package.'
      : nameError && 'Fix the new image name to continue.'

  function update(next: Set<string>) {
    if (sameSet(next, selected)) return
    setTouched(next)
    onDirtyChange(true)
  }

  const submit = () =>
    exclusive(async () => {
      const overlay = { ...repo.customOverlay, contents: { packages: packagesToSave(saved, selected, base) } }
      if (await applying.submit(overlay)) onDirtyChange(false)
    })

  if (applying.applied) {
    return (
      <AppliedNotice
        {...applying.applied}
        buildsPath={paths.image(org.name, applying.applied.imageName, 'builds')}
        onFollow={onClose}
      />
    )
  }

  if (step === 'preview') {
    return (
      <div className="customize">
        {target === 'new' && (
          <p className="notice">
            A new image <strong>{newName}</strong> will be created from {repo.name}’s source. {repo.name}{' '}
            stays as it is.
          </p>
        )}
        <PackageList title="Packages added" names={diff.added} byName={byName} />
        {target === 'current' && (
          <PackageList title="Packages removed" names={diff.removed} byName={byName} />
        )}
        <ErrorNotice error={applying.error} />
        <div className="dialog-footer">
          <button
            type="button"
            className="button"
            onClick={() => setStep('select')}
            disabled={applying.pending}
          >
            Back
          </button>
          <button type="button" className="button primary" onClick={submit} disabled={applying.pending}>
            {applying.pending ? 'Applying…' : target === 'new' ? `Create ${newName}` : 'Apply Changes'}
          </button>
        </div>
      </div>
    )
  }

  const added = [...selected].sort()
  return (
    <div className="customize">
      <input
        type="search"
        className="input"
        aria-label="Filter packages"
        placeholder="Filter packages"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens to search
        autoFocus
      />
      {added.length > 0 && (
        <ul className="tag-list" aria-label="Packages added">
          {added.map((name) => (
            <li key={name} className="chip">
              {name}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${name}`}
                onClick={() => update(toggle(selected, name, base))}
              >
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar" style={{ margin: 0 }}>
        <span role="status" aria-live="polite" className="muted">
          {selected.size} selected · {visible.length} of {catalogue.total ?? catalogue.packages.length} shown
          {!catalogue.complete &&
            !catalogue.error &&
            ` · loading ${catalogue.packages.length} of ${catalogue.total ?? '…'}`}
        </span>
        <span className="topbar-spacer" />
        <button
          type="button"
          className="button small"
          disabled={visible.length === 0}
          onClick={() =>
            update(
              selectAll(
                selected,
                visible.map((p) => p.packageName ?? ''),
                base,
              ),
            )
          }
        >
          Select all {visible.length} matching
        </button>
        <button
          type="button"
          className="button small"
          onClick={() =>
            update(
              clearAll(
                selected,
                visible.map((p) => p.packageName ?? ''),
              ),
            )
          }
        >
          Clear
        </button>
      </div>
      <ErrorNotice
        lead="The package list stopped loading."
        error={catalogue.error}
        onRetry={catalogue.retry}
        retrying={catalogue.fetching}
      />
      {resolved.data ? (
        <Checklist
          packages={visible}
          selected={selected}
          base={base}
          onToggle={(name) => update(toggle(selected, name, base))}
        />
      ) : resolved.isError ? (
        <ErrorNotice
          lead={`Could not load the packages of ${repo.name}’s source image.`}
          error={resolved.error}
          onRetry={() => resolved.refetch()}
          retrying={resolved.isFetching}
        />
      ) : (
        <LoadingState label={`Loading the packages of ${repo.name}’s source image…`} />
      )}
      <TargetChoice
        imageName={repo.name}
        currentLabel="Customize current image"
        newLabel="Create a new image"
        {...applying.choice}
        onTarget={(next) => {
          applying.choice.onTarget(next)
          onDirtyChange(true)
        }}
      />
      <div className="dialog-footer">
        {blocker && (
          <span id="preview-blocker" className="muted" style={{ marginRight: 'auto' }}>
            {blocker}
          </span>
        )}
        <button
          type="button"
          className="button primary"
          disabled={Boolean(blocker)}
          aria-describedby={blocker ? 'preview-blocker' : undefined}
          onClick={() => setStep('preview')}
        >
          Preview Changes
        </button>
      </div>
    </div>
  )
}

function Checklist({
  packages,
  selected,
  base,
  onToggle,
}: {
  packages: PackageSummary[]
  selected: ReadonlySet<string>
  base: ReadonlySet<string>
  onToggle: (name: string) => void
}) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own state
  const virtualizer = useVirtualizer({
    count: packages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 640, height: 360 },
  })
  return (
    <div ref={scroller} className="checklist" role="group" aria-label="Packages">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const pkg = packages[item.index]
          if (!pkg?.packageName) return null
          const name = pkg.packageName
          const locked = base.has(name)
          return (
            <label
              key={name}
              className="check-row"
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <input
                type="checkbox"
                aria-label={name}
                checked={locked || selected.has(name)}
                aria-disabled={locked || undefined}
                aria-describedby={locked ? 'base-reason' : undefined}
                onChange={() => onToggle(name)}
              />
              <span className="check-main">
                <span className="check-name">
                  <strong>{name}</strong>
                  <span className="muted mono">{pkg.latestVersion}</span>
                  <span className="muted">{pkg.architectures}</span>
                  {locked && (
                    <span className="badge">
                      <Lock size={11} aria-hidden /> Included in the base image
                    </span>
                  )}
                </span>
                <span className="muted truncate">{pkg.description}</span>
              </span>
            </label>
          )
        })}
      </div>
      <span id="base-reason" hidden>
        Included in the base image
      </span>
    </div>
  )
}

function PackageList({
  title,
  names,
  byName,
}: {
  title: string
  names: readonly string[]
  byName: ReadonlyMap<string, PackageSummary>
}) {
  return (
    <section className="section card" aria-label={title}>
      <h3>
        {title} ({names.length})
      </h3>
      {names.length ? (
        <ul className="tag-list">
          {names.map((name) => (
            <li key={name} className="tag">
              {name} {byName.get(name)?.latestVersion}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}
    </section>
  )
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const item of a) if (!b.has(item)) return false
  return true
}
