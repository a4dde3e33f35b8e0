import { Building2, ChevronsUpDown } from 'lucide-react'
import type { ComponentProps } from 'react'
import type { Group } from '../api/types'
import './org-switcher.css'

/** The organization switcher's button: the current organization's name. */
export function OrgSwitcherButton({
  current,
  ...props
}: { current: Group | undefined } & ComponentProps<'button'>) {
  return (
    <button
      type="button"
      className="button org-trigger"
      aria-label={`Organization: ${current?.name ?? 'none'}. Switch organization`}
      {...props}
    >
      <Building2 size={15} aria-hidden className="org-icon" />
      <span>{current?.name ?? 'Choose an organization'}</span>
      <ChevronsUpDown size={14} aria-hidden className="muted" />
    </button>
  )
}
