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
import type { SessionProps } from './customize-session'
import { PackagePicker } from './package-picker'
import { PreviewFooter } from './preview-footer'
import { usePackageChoice } from './use-package-choice'
import './customize.css'

export interface CustomizeFormProps extends SessionProps {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  /** names of the organization's images, for the new-image name rule */
  imageNames: readonly string[]
}

/** The "Customize Image" flow: select packages, preview the change, apply it. */
export default function CustomizeForm({ org, repo, imageNames, onDirtyChange, onClose }: CustomizeFormProps) {
  const catalogue = useCatalogue(org.id)
  const resolved = useQuery(queries.resolved(org.id, repo.id))
  const base = useMemo(() => new Set(resolved.data?.contents?.packages ?? []), [resolved.data])
  const saved = useMemo(() => repo.customOverlay?.contents?.packages ?? [], [repo.customOverlay])

  const choice = usePackageChoice(initialSelection(saved, base), onDirtyChange)
  const { selected } = choice
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
              {...choice}
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
          <PreviewFooter blocker={blocker} onPreview={() => setPreviewing(true)} />
        </>
      )}
    </div>
  )
}
