import * as RadixDialog from '@radix-ui/react-dialog'
import { X } from 'lucide-react'
import { useRef, type ReactNode } from 'react'

/** A panel that slides in from the right over the page: a modal dialog with a title and a close button. */
export function Drawer({
  open,
  onOpenChange,
  title,
  description,
  actions,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  /** buttons shown next to the close button */
  actions?: ReactNode
  children: ReactNode
}) {
  // The drawer has no trigger of its own (a link or the URL opens it): on close, focus goes back to
  // whatever had it when the drawer opened, if that is still on the page.
  const opener = useRef<HTMLElement | null>(null)
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay drawer-overlay" />
        <RadixDialog.Content
          className="drawer"
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={() => {
            const focused = document.activeElement
            opener.current = focused instanceof HTMLElement && focused !== document.body ? focused : null
          }}
          onCloseAutoFocus={(event) => {
            if (!opener.current?.isConnected) return
            event.preventDefault()
            opener.current.focus()
          }}
        >
          <div className="drawer-header">
            <div className="drawer-heading">
              <RadixDialog.Title asChild>
                <h2 className="truncate">{title}</h2>
              </RadixDialog.Title>
              {description && (
                <RadixDialog.Description className="muted drawer-description">
                  {description}
                </RadixDialog.Description>
              )}
            </div>
            <div className="drawer-actions">
              {actions}
              <RadixDialog.Close className="icon-button" aria-label="Close">
                <X size={16} aria-hidden />
              </RadixDialog.Close>
            </div>
          </div>
          <div className="drawer-body">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}
