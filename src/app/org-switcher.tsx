import * as Menu from '@radix-ui/react-dropdown-menu'
import { Check } from 'lucide-react'
import { useNavigate } from 'react-router'
import type { Group } from '../api/types'
import { paths } from '../routing/paths'
import type { MenuOpenState } from '../ui/lazy-menu'
import { MenuRoot } from '../ui/menu'
import { OrgSwitcherButton } from './org-switcher-button'

export interface OrgSwitcherProps {
  orgs: readonly Group[]
  current: Group | undefined
}

/** The organization switcher: the user's organizations, the current one checked (loaded apart, see shell.tsx). */
export default function OrgSwitcher({
  orgs,
  current,
  open,
  onOpenChange,
  triggerRef,
}: OrgSwitcherProps & MenuOpenState) {
  const navigate = useNavigate()
  return (
    <MenuRoot open={open} onOpenChange={onOpenChange}>
      <Menu.Trigger asChild>
        <OrgSwitcherButton current={current} ref={triggerRef} />
      </Menu.Trigger>
      <Menu.Content className="menu" align="start" sideOffset={6}>
        <Menu.Label className="menu-label">Organizations</Menu.Label>
        <Menu.RadioGroup
          value={current?.id ?? ''}
          onValueChange={(id) => {
            const org = orgs.find((candidate) => candidate.id === id)
            if (org?.name) navigate(paths.images(org.name))
          }}
        >
          {orgs.map((org) => (
            <Menu.RadioItem key={org.id} value={org.id ?? ''} className="menu-item">
              <Menu.ItemIndicator className="menu-item-indicator">
                <Check size={14} aria-hidden />
              </Menu.ItemIndicator>
              {org.name}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Content>
    </MenuRoot>
  )
}
