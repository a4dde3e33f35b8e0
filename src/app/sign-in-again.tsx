import { useRef } from 'react'
import { Dialog } from '../ui/dialog'
import { SignInForm } from './sign-in'

/**
 * When the API answers 401: sign-in over the page, which stays as it was underneath (an open
 * dialog with its choices, a draft, the URL), so the user signs in and carries on where they were.
 */
export default function SignInAgain({ onSignIn }: { onSignIn: (token: string) => void }) {
  const field = useRef<HTMLTextAreaElement>(null)
  return (
    <Dialog
      open
      onOpenChange={() => undefined}
      dismissible={false}
      title="Sign in to Assembly Console"
      width={480}
      initialFocus={field}
    >
      <div className="sign-in-again">
        <SignInForm
          onSignIn={onSignIn}
          field={field}
          notice={
            <p className="notice warning" role="alert">
              Your session has expired or the token was refused. Sign in again to continue where you were:
              nothing on the page is lost.
            </p>
          }
        />
      </div>
    </Dialog>
  )
}
