import { Pencil } from 'lucide-react'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { useRenameImage } from '../../api/mutations'
import { pullReference } from '../../domain/image'
import { imageNameError } from '../../domain/image-name'
import { paths, type ImageTab } from '../../routing/paths'
import { Dialog } from '../../ui/dialog'
import { ErrorNotice } from '../../ui/error-notice'
import type { FlashNoticeState } from '../../ui/flash-notice'
import { useExclusive } from '../../ui/use-exclusive'
import { ActionFooter } from './action-footer'
import type { ActionProps } from './image-action-props'

/** "Rename", for images the organization created with Custom Assembly (same rules as a new image's name). */
export function RenameImage({
  org,
  repo,
  imageNames,
  tab,
}: ActionProps & { imageNames: readonly string[]; tab: ImageTab }) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState(repo.name)
  const field = useRef<HTMLInputElement>(null)
  const rename = useRenameImage(org.id)
  const exclusive = useExclusive()
  const navigate = useNavigate()
  const id = useId()
  const others = imageNames.filter((candidate) => candidate !== repo.name)
  const error = name === repo.name ? null : imageNameError(name, { orgName: org.name, existingNames: others })

  function onOpenChange(next: boolean) {
    if (rename.isPending) return
    setOpen(next)
    setName(repo.name)
    rename.reset()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (error || name === repo.name) return
    void exclusive(async () => {
      try {
        await rename.mutateAsync({ repo, name })
      } catch {
        return // shown from the mutation state; the typed name is kept
      }
      setOpen(false)
      const pull = pullReference(org.name, name, { tag: 'latest' })
      await navigate(paths.image(org.name, name, tab), {
        replace: true,
        state: {
          notice: `${repo.name} was renamed to ${name}. Pull it as ${pull}.`,
        } satisfies FlashNoticeState,
      })
    })
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Rename image"
      initialFocus={field}
      description={`Pulls of the old name stop working; update anything that pulls ${repo.name}.`}
      trigger={
        <button type="button" className="button">
          <Pencil size={15} aria-hidden /> Rename
        </button>
      }
    >
      <form onSubmit={submit} className="customize" noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>Image name</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            onChange={(event) => {
              setName(event.target.value)
              rename.reset()
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            ref={field}
            autoComplete="off"
            spellCheck={false}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <ErrorNotice error={rename.error} />
        <ActionFooter onCancel={() => onOpenChange(false)} pending={rename.isPending}>
          <button
            type="submit"
            className="button primary"
            disabled={rename.isPending || Boolean(error) || name === repo.name}
          >
            {rename.isPending ? 'Renaming…' : 'Rename'}
          </button>
        </ActionFooter>
      </form>
    </Dialog>
  )
}
