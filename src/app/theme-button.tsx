import { Monitor } from 'lucide-react'
import type { ComponentProps } from 'react'
import { useTheme } from '../ui/theme'
import { THEME_CHOICES } from './theme-choices'

/** The theme menu's button: the icon of the theme chosen. */
export function ThemeButton(props: ComponentProps<'button'>) {
  const theme = useTheme()
  const Icon = THEME_CHOICES.find((choice) => choice.value === theme)?.icon ?? Monitor
  return (
    <button type="button" className="icon-button" aria-label={`Theme: ${theme}`} title="Theme" {...props}>
      <Icon size={16} aria-hidden />
    </button>
  )
}
