import * as Menu from '@radix-ui/react-dropdown-menu'
import { Building2, Check, ChevronsUpDown } from 'lucide-react'
import { useNavigate } from 'react-router'
import type { Group } from '../api/types'
import { paths } from '../routing/paths'
import { MenuRoot } from '../ui/menu'
import './org-switcher.css'

/** The organization switcher: the user's organizations, the current one checked. */
export function OrgSwitcher({ orgs, current }: { orgs: readonly Group[]; current: Group | undefined }) {
  const navigate = useNavigate()
  return (
    <MenuRoot>
      <Menu.Trigger
        className="button org-trigger"
        aria-label={`Organization: ${current?.name ?? 'none'}. Switch organization`}
      >
        <Building2 size={15} aria-hidden />
        <span>{current?.name ?? 'Choose an organization'}</span>
        <ChevronsUpDown size={14} aria-hidden className="muted" />
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
