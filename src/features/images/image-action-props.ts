import type { RefObject } from 'react'
import type { Repo } from '../../api/types'

/** The organization as the image actions need it: where to send changes, and whether it may customize. */
export interface ActionOrg {
  id: string
  name: string
  customAssembly: boolean
}

/** What every image action acts on. */
export interface ActionProps {
  org: ActionOrg
  repo: Repo & { id: string; name: string }
}

/** A confirmation opened from the "More actions" menu: it hands focus back to the menu's button. */
export interface ConfirmProps extends ActionProps {
  open: boolean
  onClose: () => void
  returnFocus: RefObject<HTMLElement | null>
}
