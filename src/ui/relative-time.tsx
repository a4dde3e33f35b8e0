import { useEffect, useState } from 'react'
import { formatExact, formatRelative } from '../domain/time'

/** "3 hours ago", with the exact time on hover; refreshes itself every minute. */
export function RelativeTime({ value }: { value: string | undefined }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])
  if (!value) return <span className="muted">—</span>
  return (
    <time dateTime={value} title={formatExact(value)} className="nowrap">
      {formatRelative(value, now)}
    </time>
  )
}
