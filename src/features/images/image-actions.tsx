import * as Menu from '@radix-ui/react-dropdown-menu'
import { AlertTriangle, CheckCircle2, Eraser, MoreHorizontal, Pencil, Trash2 } from 'lucide-react'
import { useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react'
import { Link, useNavigate } from 'react-router'
import { useApplyBuildConfig, useDeleteImage, useRenameImage } from '../../api/mutations'
import type { Repo } from '../../api/types'
import { hasCustomizations, isCreatedImage, pullReference, sourceLabel } from '../../domain/image'
import { imageNameError } from '../../domain/image-name'
import { paths, type ImageTab } from '../../routing/paths'
import { Dialog } from '../../ui/dialog'
import { ErrorNotice } from '../../ui/error-notice'
import type { FlashNoticeState } from '../../ui/flash-notice'
import { MenuRoot } from '../../ui/menu'
import { useExclusive } from '../../ui/use-exclusive'

type NamedRepo = Repo & { id: string; name: string }

interface ActionProps {
  org: { id: string; name: string; customAssembly: boolean }
  repo: NamedRepo
}

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
  const error = name === repo.name ? null : imageNameError(name, others)

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
        <Footer onCancel={() => onOpenChange(false)} pending={rename.isPending}>
          <button
            type="submit"
            className="button primary"
            disabled={rename.isPending || Boolean(error) || name === repo.name}
          >
            {rename.isPending ? 'Renaming…' : 'Rename'}
          </button>
        </Footer>
      </form>
    </Dialog>
  )
}

type Pending = 'remove' | 'delete' | null

/** "More actions": remove customizations, and for created images, delete. */
export function MoreActions({ org, repo }: ActionProps) {
  const [dialog, setDialogState] = useState<Pending>(null)
  const dialogRef = useRef<Pending>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  function setDialog(next: Pending) {
    dialogRef.current = next
    setDialogState(next)
  }
  const customized = hasCustomizations(repo.customOverlay)
  const created = isCreatedImage(repo)
  return (
    <>
      <MenuRoot>
        <Menu.Trigger
          ref={trigger}
          className="button icon-only"
          aria-label="More actions"
          title="More actions"
        >
          <MoreHorizontal size={16} aria-hidden />
        </Menu.Trigger>
        <Menu.Content
          className="menu"
          align="end"
          sideOffset={6}
          // a dialog opened from the menu keeps focus; the menu would hand it back to its button
          onCloseAutoFocus={(event) => {
            if (dialogRef.current) event.preventDefault()
          }}
        >
          <Menu.Item
            className="menu-item"
            disabled={!customized || !org.customAssembly}
            onSelect={() => setDialog('remove')}
          >
            <Eraser size={14} aria-hidden className="menu-item-indicator" />
            Remove customizations
          </Menu.Item>
          {created && (
            <>
              <Menu.Separator className="menu-separator" />
              <Menu.Item className="menu-item danger" onSelect={() => setDialog('delete')}>
                <Trash2 size={14} aria-hidden className="menu-item-indicator" />
                Delete
              </Menu.Item>
            </>
          )}
        </Menu.Content>
      </MenuRoot>
      <RemoveCustomizations
        org={org}
        repo={repo}
        open={dialog === 'remove'}
        onClose={() => setDialog(null)}
        returnFocus={trigger}
      />
      {created && (
        <DeleteImage
          org={org}
          repo={repo}
          open={dialog === 'delete'}
          onClose={() => setDialog(null)}
          returnFocus={trigger}
        />
      )}
    </>
  )
}

interface ConfirmProps extends ActionProps {
  open: boolean
  onClose: () => void
  returnFocus: RefObject<HTMLElement | null>
}

/** Empties the build config (the image returns to its source); saving starts builds. */
function RemoveCustomizations({ org, repo, open, onClose, returnFocus }: ConfirmProps) {
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
          <p style={{ margin: 0 }}>
            {repo.name} goes back to {source}: its build config is emptied
            {packages ? ` (${packages} added ${packages === 1 ? 'package' : 'packages'} and` : ' (with'} any
            environment, annotations and certificates), and builds start. Everyone pulling {repo.name} gets
            the change.
          </p>
          <ErrorNotice error={apply.error} />
          <Footer onCancel={() => onOpenChange(false)} pending={apply.isPending} cancelRef={cancel}>
            <button
              type="button"
              className="button primary danger-fill"
              onClick={confirm}
              disabled={apply.isPending}
            >
              {apply.isPending ? 'Removing…' : 'Remove customizations'}
            </button>
          </Footer>
        </>
      )}
    </Dialog>
  )
}

/** Deletes a created image after the user types its name; then back to Organization Images with a notice. */
function DeleteImage({ org, repo, open, onClose, returnFocus }: ConfirmProps) {
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
        <p className="notice warning" style={{ margin: 0 }}>
          <AlertTriangle size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
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
        <Footer onCancel={() => onOpenChange(false)} pending={remove.isPending}>
          <button
            type="submit"
            className="button primary danger-fill"
            disabled={!matches || remove.isPending}
          >
            {remove.isPending ? 'Deleting…' : `Delete ${repo.name}`}
          </button>
        </Footer>
      </form>
    </Dialog>
  )
}

function Footer({
  onCancel,
  pending,
  children,
  cancelRef,
}: {
  onCancel: () => void
  pending: boolean
  children: ReactNode
  cancelRef?: RefObject<HTMLButtonElement | null>
}) {
  return (
    <div className="dialog-footer">
      <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={pending}>
        Cancel
      </button>
      {children}
    </div>
  )
}
