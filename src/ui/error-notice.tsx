import { AlertTriangle, RefreshCw } from 'lucide-react'
import { errorMessage } from './error-message'

/**
 * A failed request's message, announced; nothing when there is no error. `lead` says what failed
 * (e.g. "Could not refresh the builds."); `onRetry` adds a "Try again" button, for reads only: a
 * change is sent again by its own button, never behind the user's back.
 */
export function ErrorNotice({
  error,
  lead,
  onRetry,
  retrying = false,
}: {
  error: unknown
  lead?: string
  onRetry?: () => void
  /** the retry is on its way */
  retrying?: boolean
}) {
  if (!error) return null
  return (
    <div className="notice error flush" role="alert">
      <AlertTriangle size={16} aria-hidden className="notice-icon" />
      <p className="notice-text">
        {lead && <strong>{lead} </strong>}
        {errorMessage(error)}
      </p>
      {onRetry && (
        <button type="button" className="button small" onClick={onRetry} disabled={retrying}>
          <RefreshCw size={13} aria-hidden className={retrying ? 'spin' : undefined} />{' '}
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </div>
  )
}
