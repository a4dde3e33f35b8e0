import { CheckCircle2 } from 'lucide-react'
import { useRef } from 'react'
import { Link } from 'react-router'
import { useApplyBuildConfig } from '../../api/mutations'
import { sourceLabel } from '../../domain/image'
import { paths } from '../../routing/paths'
import { Dialog } from '../../ui/dialog'
import { ErrorNotice } from '../../ui/error-notice'
import { useExclusive } from '../../ui/use-exclusive'
import { ActionFooter } from './action-footer'
import type { ConfirmProps } from './image-action-props'

/** Empties the build config (the image returns to its source); saving starts builds. */
export function RemoveCustomizations({ org, repo, open, onClose, returnFocus }: ConfirmProps) {
  const apply = useApplyBuildConfig(org.id)
  const exclusive = useExclusive()
  const cancel = useRef<HTMLButtonElement>(null)
  const source = sourceLabel(repo) ?? 'its source image'
  const packages = repo.customOverlay?.contents?.packages?.length ?? 0

  function onOpenChange(next: boolean) {
    if (next || apply.isPending) return
    onClose()
    apply.reset()
  }

  const confirm = () =>
    exclusive(async () => {
      await apply.mutateAsync({ repo, overlay: {} }).catch(() => {
        // shown from the mutation state
      })
    })

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Remove customizations"
      returnFocus={returnFocus}
      initialFocus={cancel}
    >
      {apply.isSuccess ? (
        <>
          <div className="notice" role="status">
            <CheckCircle2 size={18} className="status success" aria-hidden />
            <p>
              Customizations removed from {repo.name}; builds started.{' '}
              <Link to={paths.image(org.name, repo.name, 'builds')} onClick={() => onOpenChange(false)}>
                See the builds
              </Link>
            </p>
          </div>
          <div className="dialog-footer">
            <button type="button" className="button" onClick={() => onOpenChange(false)}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="flush">
            {repo.name} goes back to {source}: its build config is emptied
            {packages ? ` (${packages} added ${packages === 1 ? 'package' : 'packages'} and` : ' (with'} any
            environment, annotations and certificates), and builds start. Everyone pulling {repo.name} gets
            the change.
          </p>
          <ErrorNotice error={apply.error} />
          <ActionFooter onCancel={() => onOpenChange(false)} pending={apply.isPending} cancelRef={cancel}>
            <button
              type="button"
              className="button primary danger-fill"
              onClick={confirm}
              disabled={apply.isPending}
            >
              {apply.isPending ? 'Removing…' : 'Remove customizations'}
            </button>
          </ActionFooter>
        </>
      )}
    </Dialog>
  )
}
