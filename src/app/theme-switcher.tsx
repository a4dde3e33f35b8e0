import * as Menu from '@radix-ui/react-dropdown-menu'
import { Check } from 'lucide-react'
import type { MenuOpenState } from '../ui/lazy-menu'
import { MenuRoot } from '../ui/menu'
import { setTheme, useTheme, type ThemeChoice } from '../ui/theme'
import { ThemeButton } from './theme-button'
import { THEME_CHOICES as CHOICES } from './theme-choices'

/** The theme menu (loaded apart, see shell.tsx). */
export default function ThemeSwitcher({ open, onOpenChange, triggerRef }: MenuOpenState) {
  const theme = useTheme()
  return (
    <MenuRoot open={open} onOpenChange={onOpenChange}>
      <Menu.Trigger asChild>
        <ThemeButton ref={triggerRef} />
      </Menu.Trigger>
      <Menu.Content className="menu" align="end" sideOffset={6}>
        <Menu.Label className="menu-label">Theme</Menu.Label>
        <Menu.RadioGroup value={theme} onValueChange={(value) => setTheme(value as ThemeChoice)}>
          {CHOICES.map(({ value, label, icon: Icon }) => (
            <Menu.RadioItem key={value} value={value} className="menu-item">
              <Menu.ItemIndicator className="menu-item-indicator">
                <Check size={14} aria-hidden />
              </Menu.ItemIndicator>
              <Icon size={14} aria-hidden /> {label}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Content>
    </MenuRoot>
  )
}
