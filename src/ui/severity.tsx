import { AlertOctagon, AlertTriangle, CircleAlert, CircleHelp, Info, type LucideIcon } from 'lucide-react'
import { SEVERITY_LABELS, type SeverityName } from '../domain/contents'
import './severity.css'

const ICONS: Record<SeverityName, LucideIcon> = {
  CRITICAL: AlertOctagon,
  HIGH: AlertTriangle,
  MEDIUM: CircleAlert,
  LOW: Info,
  UNKNOWN: CircleHelp,
}

/** A severity as an icon, a colour and its word. */
export function Severity({ severity }: { severity: SeverityName }) {
  const Icon = ICONS[severity]
  return (
    <span className={`severity severity-${severity.toLowerCase()}`}>
      <Icon size={15} aria-hidden /> {SEVERITY_LABELS[severity]}
    </span>
  )
}
