import { AlertTriangle } from 'lucide-react'
import './failed-builds.css'

const words = (count: number) => `${count.toLocaleString('en')} failed ${count === 1 ? 'build' : 'builds'}`

/**
 * A small count of failed builds beside a navigation entry or a tab: the number shows, and its
 * accessible name says what it counts ("3 failed builds"). Nothing at zero.
 */
export function FailedCount({ count }: { count: number | undefined }) {
  if (!count) return null
  return (
    <span className="failed-count">
      <span aria-hidden="true">{count.toLocaleString('en')}</span>
      <span className="visually-hidden">{words(count)}</span>
    </span>
  )
}

/** "N failed" with the failed-build icon, as a list shows an item's failed builds. Nothing at zero. */
export function FailedBadge({ count }: { count: number | undefined }) {
  if (!count) return null
  return (
    <span className="failed-badge" title={`${words(count)} in the last 24 hours`}>
      <AlertTriangle size={13} aria-hidden /> {count.toLocaleString('en')} failed
    </span>
  )
}
