import * as RadixDialog from '@radix-ui/react-dialog'
import { X } from 'lucide-react'
import type { ReactNode, RefObject } from 'react'

/** A panel that slides in from the right over the page: a modal dialog with a title and a close button. */
export function Drawer({
  open,
  onOpenChange,
  title,
  description,
  actions,
  children,
  initialFocus,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  /** buttons shown next to the close button */
  actions?: ReactNode
  children: ReactNode
  /** what gets focus on open (by default the first focusable element) */
  initialFocus?: RefObject<HTMLElement | null>
}) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay drawer-overlay" />
        <RadixDialog.Content
          className="drawer"
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={(event) => {
            if (!initialFocus?.current) return
            event.preventDefault()
            initialFocus.current.focus()
          }}
        >
          <div className="drawer-header">
            <div style={{ minWidth: 0 }}>
              <RadixDialog.Title asChild>
                <h2 className="truncate">{title}</h2>
              </RadixDialog.Title>
              {description && (
                <RadixDialog.Description className="muted" style={{ margin: '2px 0 0' }}>
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
