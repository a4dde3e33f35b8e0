import { CheckCircle2, X } from 'lucide-react'
import { useLocation, useNavigate } from 'react-router'

/** Navigation state that makes the next page say what just happened (e.g. "redis-tools was deleted."). */
export interface FlashNoticeState {
  notice: string
}

/**
 * The message a navigation carried, shown once at the top of the page until dismissed. It lives in
 * the history entry, so going back and forth does not bring it back after it was dismissed.
 */
export function FlashNotice() {
  const location = useLocation()
  const navigate = useNavigate()
  const notice = (location.state as Partial<Record<keyof FlashNoticeState, unknown>> | null)?.notice
  if (typeof notice !== 'string') return null
  return (
    <div className="notice flash" role="status">
      <CheckCircle2 size={18} className="status success" aria-hidden />
      <p className="notice-text">{notice}</p>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => navigate(location, { replace: true, state: null })}
      >
        <X size={14} aria-hidden />
      </button>
    </div>
  )
}
