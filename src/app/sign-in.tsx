import { KeyRound } from 'lucide-react'
import { useState, type FormEvent } from 'react'

/**
 * Real mode only: the user pastes an API token (`chainctl auth token`). It is kept in
 * sessionStorage for this tab and sent as `Authorization: Bearer`.
 */
export function SignIn({ expired, onSignIn }: { expired: boolean; onSignIn: (token: string) => void }) {
  const [token, setToken] = useState('')
  const [error, setError] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    const value = token.trim().replace(/^Bearer\s+/i, '')
    if (!value) return setError('Paste a token to sign in.')
    if (/\s/.test(value))
      return setError('A token has no spaces or line breaks: paste it exactly as printed.')
    onSignIn(value)
  }

  return (
    <main className="sign-in">
      <form className="card" onSubmit={submit} noValidate>
        <KeyRound size={28} className="muted" aria-hidden />
        <h1>Sign in to Assembly Console</h1>
        {expired && (
          <p className="notice warning" role="alert">
            Your session has expired or the token was refused. Sign in again to continue where you were.
          </p>
        )}
        <p className="muted" style={{ margin: 0 }}>
          Run <code>chainctl auth token</code> and paste the token below. It stays in this browser tab only
          and is forgotten when the tab closes.
        </p>
        <div className="field">
          <label htmlFor="token">API token</label>
          <textarea
            id="token"
            className="input"
            value={token}
            onChange={(event) => {
              setToken(event.target.value)
              setError(null)
            }}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'token-error' : undefined}
          />
          {error && (
            <p id="token-error" className="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button primary">
          Sign in
        </button>
      </form>
    </main>
  )
}
