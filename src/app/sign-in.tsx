import { KeyRound } from 'lucide-react'
import { useId, useState, type FormEvent, type ReactNode, type RefObject } from 'react'
import './sign-in.css'

/**
 * The user pastes an API token (`chainctl auth token`). It is kept in sessionStorage for this tab
 * and sent as `Authorization: Bearer`. Real mode asks for it first, on a page of its own.
 */
export function SignIn({ onSignIn }: { onSignIn: (token: string) => void }) {
  return (
    <main className="sign-in">
      <SignInForm className="card" onSignIn={onSignIn} heading={<h1>Sign in to Assembly Console</h1>} />
    </main>
  )
}

export function SignInForm({
  onSignIn,
  heading,
  notice,
  field,
  className,
}: {
  onSignIn: (token: string) => void
  heading?: ReactNode
  notice?: ReactNode
  field?: RefObject<HTMLTextAreaElement | null>
  className?: string
}) {
  const [token, setToken] = useState('')
  const [error, setError] = useState<string | null>(null)
  const id = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    const value = token.trim().replace(/^Bearer\s+/i, '')
    if (!value) return setError('Paste a token to sign in.')
    if (/\s/.test(value))
      return setError('A token has no spaces or line breaks: paste it exactly as printed.')
    onSignIn(value)
  }

  return (
    <form className={className} onSubmit={submit} noValidate>
      {heading && (
        <>
          <KeyRound size={28} className="muted" aria-hidden />
          {heading}
        </>
      )}
      {notice}
      <p className="muted flush">
        Run <code>chainctl auth token</code> and paste the token below. It stays in this browser tab only and
        is forgotten when the tab closes.
      </p>
      <div className="field">
        <label htmlFor={`${id}-token`}>API token</label>
        <textarea
          id={`${id}-token`}
          ref={field}
          className="input"
          value={token}
          onChange={(event) => {
            setToken(event.target.value)
            setError(null)
          }}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button primary">
        Sign in
      </button>
    </form>
  )
}
