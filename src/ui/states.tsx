import { AlertTriangle, Inbox, Loader2, RefreshCw } from 'lucide-react'
import type { ReactNode } from 'react'
import { errorMessage } from './error-message'

export function EmptyState({
  title,
  children,
  icon,
}: {
  title: string
  children?: ReactNode
  icon?: ReactNode
}) {
  return (
    <div className="state">
      <span className="state-icon">{icon ?? <Inbox size={28} aria-hidden />}</span>
      <h2>{title}</h2>
      {children}
    </div>
  )
}

/** An error a user can read, with a retry button when retrying can help. */
export function ErrorState({
  title,
  error,
  onRetry,
  retrying = false,
}: {
  title: string
  error: unknown
  onRetry?: () => void
  /** the retry is on its way */
  retrying?: boolean
}) {
  return (
    <div className="state error" role="alert">
      <span className="state-icon">
        <AlertTriangle size={28} aria-hidden />
      </span>
      <h2>{title}</h2>
      <p className="muted">{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          <RefreshCw size={14} aria-hidden className={retrying ? 'spin' : undefined} />{' '}
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </div>
  )
}

/** Placeholder rows with the table's own column count, so nothing jumps when data arrives. */
export function SkeletonRows({
  columns,
  rows = 6,
  label,
}: {
  columns: number
  rows?: number
  label: string
}) {
  return (
    <tbody aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row}>
          {Array.from({ length: columns }, (_, column) => (
            <td key={column}>
              <span className="skeleton" style={{ width: `${50 + ((row * 7 + column * 13) % 40)}%` }} />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  )
}

/** A spinner with words, for a page whose data is on its way. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state" aria-busy="true">
      <Loader2 size={22} className="spin muted" aria-hidden />
      <span className="muted">{label}</span>
    </div>
  )
}
