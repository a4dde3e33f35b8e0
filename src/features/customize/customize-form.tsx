import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useApplyOverlay } from '../../api/apply-overlay'
import { useCatalogue } from '../../api/catalogue'
import { queries } from '../../api/queries'
import type { Repo } from '../../api/types'
import { diffSelection, hasChanges, initialSelection, packagesToSave } from '../../domain/package-selection'
import { paths } from '../../routing/paths'
import { AppliedNotice } from '../../ui/applied-notice'
import { TargetChoice } from '../../ui/target-choice'
import { useExclusive } from '../../ui/use-exclusive'
import { CustomizePreview } from './customize-preview'
import { PackagePicker } from './package-picker'
import type { PackageView } from './view-switch'
import './customize.css'

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

/** The "Customize Image" flow: select packages, preview the change, apply it. */
export default function CustomizeForm({ org, repo, imageNames, onDirtyChange, onClose }: CustomizeFormProps) {
  const catalogue = useCatalogue(org.id)
  const resolved = useQuery(queries.resolved(org.id, repo.id))
  const base = useMemo(() => new Set(resolved.data?.contents?.packages ?? []), [resolved.data])
  const saved = useMemo(() => repo.customOverlay?.contents?.packages ?? [], [repo.customOverlay])

  const [touched, setTouched] = useState<Set<string> | null>(null)
  const selected = touched ?? initialSelection(saved, base)
  const [query, setQuery] = useState('')
  const [view, setView] = useState<PackageView>('all')
  const [previewing, setPreviewing] = useState(false)

  const exclusive = useExclusive()
  const applying = useApplyOverlay({ orgId: org.id, repo, imageNames })
  const { target, name, nameError } = applying.choice

  // the preview's versions, looked up by name: made when the preview shows, not as the pages arrive
  const byName = useMemo(
    () => new Map(previewing ? catalogue.packages.map((pkg) => [pkg.packageName ?? '', pkg]) : []),
    [previewing, catalogue.packages],
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
      : nameError && (name ? 'Fix the new image name to continue.' : 'Name the new image to continue.')

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

  // the flow's body scrolls when the window is short; its footer, with the main action, stays in view
  return (
    <div className="customize-flow">
      {previewing ? (
        <CustomizePreview
          imageName={repo.name}
          diff={diff}
          byName={byName}
          applying={applying}
          onBack={() => setPreviewing(false)}
          onSubmit={submit}
        />
      ) : (
        <>
          <div className="customize-body">
            <PackagePicker
              imageName={repo.name}
              catalogue={catalogue}
              resolved={resolved}
              base={base}
              saved={saved}
              selected={selected}
              onChange={update}
              query={query}
              onQuery={setQuery}
              view={view}
              onView={setView}
            />
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
          </div>
          <div className="dialog-footer customize-footer">
            {blocker && (
              <span id="preview-blocker" className="muted preview-blocker">
                {blocker}
              </span>
            )}
            <button
              type="button"
              className="button primary"
              disabled={Boolean(blocker)}
              aria-describedby={blocker ? 'preview-blocker' : undefined}
              onClick={() => setPreviewing(true)}
            >
              Preview Changes
            </button>
          </div>
        </>
      )}
    </div>
  )
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const item of a) if (!b.has(item)) return false
  return true
}
