import { Monitor, Moon, Sun } from 'lucide-react'
import type { ThemeChoice } from '../ui/theme'

/** The themes to choose from, each with its icon. */
export const THEME_CHOICES: Array<{ value: ThemeChoice; label: string; icon: typeof Sun }> = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
]
