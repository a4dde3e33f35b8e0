import * as Menu from '@radix-ui/react-dropdown-menu'
import { Check, Monitor, Moon, Sun } from 'lucide-react'
import { MenuRoot } from '../ui/menu'
import { setTheme, useTheme, type ThemeChoice } from '../ui/theme'

const CHOICES: Array<{ value: ThemeChoice; label: string; icon: typeof Sun }> = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
]

export function ThemeSwitcher() {
  const theme = useTheme()
  const CurrentIcon = CHOICES.find((choice) => choice.value === theme)?.icon ?? Monitor
  return (
    <MenuRoot>
      <Menu.Trigger className="icon-button" aria-label={`Theme: ${theme}`} title="Theme">
        <CurrentIcon size={16} aria-hidden />
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
