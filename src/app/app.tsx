import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { RouterProvider, type createBrowserRouter } from 'react-router'
import { auth } from '../api/client'
import { isRealMode } from './mode'
import { SignIn } from './sign-in'

// a dialog, with its code, only once the API has refused the token
const SignInAgain = lazy(() => import('./sign-in-again'))

type Router = ReturnType<typeof createBrowserRouter>

/** A navigation that asks for it (`flushSync: true`) is drawn at once, for a key typed right after it. */
const drawAtOnce = (draw: () => unknown) => void flushSync(draw)

/**
 * Providers and the sign-in gate. Real mode asks for a token first. A 401 (in either mode: the demo
 * backend answers one when a test injects it) shows sign-in over the page, which stays mounted, so
 * nothing typed or ticked on it is lost; signing in reloads what failed.
 */
export function App({ queryClient, router }: { queryClient: QueryClient; router: Router }) {
  const [signIn, setSignIn] = useState<'none' | 'first' | 'expired'>(() =>
    isRealMode() && !auth.getToken() ? 'first' : 'none',
  )

  useEffect(() => auth.onUnauthorized(() => setSignIn('expired')), [])

  function onSignIn(token: string) {
    auth.setToken(token)
    setSignIn('none')
    void queryClient.invalidateQueries()
  }

  return (
    <QueryClientProvider client={queryClient}>
      {signIn === 'first' ? (
        <SignIn onSignIn={onSignIn} />
      ) : (
        <>
          <RouterProvider router={router} flushSync={drawAtOnce} />
          {signIn === 'expired' && (
            <Suspense>
              <SignInAgain onSignIn={onSignIn} />
            </Suspense>
          )}
        </>
      )}
    </QueryClientProvider>
  )
}
