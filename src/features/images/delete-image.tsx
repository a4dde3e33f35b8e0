import { AlertTriangle } from 'lucide-react'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { useDeleteImage } from '../../api/mutations'
import { pullReference } from '../../domain/image'
import { paths } from '../../routing/paths'
import { Dialog } from '../../ui/dialog'
import { ErrorNotice } from '../../ui/error-notice'
import type { FlashNoticeState } from '../../ui/flash-notice'
import { useExclusive } from '../../ui/use-exclusive'
import { ActionFooter } from './action-footer'
import type { ConfirmProps } from './image-action-props'

/** Deletes a created image after the user types its name; then back to Organization Images with a notice. */
export function DeleteImage({ org, repo, open, onClose, returnFocus }: ConfirmProps) {
  const [typed, setTyped] = useState('')
  const field = useRef<HTMLInputElement>(null)
  const navigate = useNavigate()
  const remove = useDeleteImage(org.id)
  const exclusive = useExclusive()
  const id = useId()
  const matches = typed === repo.name

  function onOpenChange(next: boolean) {
    if (next || remove.isPending) return
    onClose()
    setTyped('')
    remove.reset()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!matches) return
    void exclusive(async () => {
      try {
        await remove.mutateAsync(repo.id)
      } catch {
        return // shown from the mutation state
      }
      await navigate(paths.images(org.name), {
        state: { notice: `${repo.name} was deleted.` } satisfies FlashNoticeState,
      })
    })
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${repo.name}`}
      returnFocus={returnFocus}
      initialFocus={field}
    >
      <form onSubmit={submit} className="customize" noValidate>
        <p className="notice warning flush">
          <AlertTriangle size={16} aria-hidden className="notice-icon" />
          <span>
            This deletes {repo.name} with its tags and builds, and cannot be undone. Pulls of{' '}
            <code>{pullReference(org.name, repo.name, { tag: 'latest' })}</code> will fail.
          </span>
        </p>
        <div className="field">
          <label htmlFor={`${id}-confirm`}>
            Type <strong className="mono">{repo.name}</strong> to confirm
          </label>
          <input
            id={`${id}-confirm`}
            className="input"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            ref={field}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <ErrorNotice error={remove.error} />
        <ActionFooter onCancel={() => onOpenChange(false)} pending={remove.isPending}>
          <button
            type="submit"
            className="button primary danger-fill"
            disabled={!matches || remove.isPending}
          >
            {remove.isPending ? 'Deleting…' : `Delete ${repo.name}`}
          </button>
        </ActionFooter>
      </form>
    </Dialog>
  )
}
