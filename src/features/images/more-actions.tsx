import * as Menu from '@radix-ui/react-dropdown-menu'
import { Eraser, MoreHorizontal, Trash2 } from 'lucide-react'
import { useRef, useState } from 'react'
import { hasCustomizations, isCreatedImage } from '../../domain/image'
import { MenuRoot } from '../../ui/menu'
import { DeleteImage } from './delete-image'
import type { ActionProps } from './image-action-props'
import { RemoveCustomizations } from './remove-customizations'

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
