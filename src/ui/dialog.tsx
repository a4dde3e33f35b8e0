import * as RadixDialog from '@radix-ui/react-dialog'
import { X } from 'lucide-react'
import type { ReactNode, RefObject } from 'react'

/** A modal dialog with a title, an optional description and a close button. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  width,
  trigger,
  returnFocus,
  initialFocus,
  dismissible = true,
}: {
  /** the button that opens the dialog; focus returns to it on close */
  trigger?: ReactNode
  /** where focus goes on close when the dialog was opened by something else (e.g. a menu item) */
  returnFocus?: RefObject<HTMLElement | null>
  /** what gets focus on open (by default the first focusable element) */
  initialFocus?: RefObject<HTMLElement | null>
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: ReactNode
  children: ReactNode
  width?: number
  /** false: no close button, and neither Escape nor a click outside closes it */
  dismissible?: boolean
}) {
  const keep = (event: Event) => {
    if (!dismissible) event.preventDefault()
  }
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className="dialog"
          style={width ? { width: `min(${width}px, calc(100vw - 24px))` } : undefined}
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={(event) => {
            if (!initialFocus?.current) return
            event.preventDefault()
            initialFocus.current.focus()
          }}
          onCloseAutoFocus={(event) => {
            if (!returnFocus?.current) return
            event.preventDefault()
            returnFocus.current.focus()
          }}
          onEscapeKeyDown={keep}
          onInteractOutside={keep}
        >
          <div className="dialog-header">
            <div>
              <RadixDialog.Title asChild>
                <h2>{title}</h2>
              </RadixDialog.Title>
              {description && (
                <RadixDialog.Description className="muted dialog-description">
                  {description}
                </RadixDialog.Description>
              )}
            </div>
            {dismissible && (
              <RadixDialog.Close className="icon-button" aria-label="Close">
                <X size={16} aria-hidden />
              </RadixDialog.Close>
            )}
          </div>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}
