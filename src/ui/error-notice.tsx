import { AlertTriangle } from 'lucide-react'

/** A failed request's message, announced; nothing when there is no error. */
export function ErrorNotice({ error }: { error: Error | null }) {
  if (!error) return null
  return (
    <p className="notice error" role="alert" style={{ margin: 0 }}>
      <AlertTriangle size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} /> {error.message}
    </p>
  )
}
