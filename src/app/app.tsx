import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { RouterProvider, type createBrowserRouter } from 'react-router'
import { auth } from '../api/client'
import { isRealMode } from './mode'
import { SignIn } from './sign-in'

type Router = ReturnType<typeof createBrowserRouter>

/** Providers and, in real mode, the sign-in gate. A 401 shows sign-in in place: the URL stays. */
export function App({ queryClient, router }: { queryClient: QueryClient; router: Router }) {
  const [signIn, setSignIn] = useState<'none' | 'first' | 'expired'>(() =>
    isRealMode() && !auth.getToken() ? 'first' : 'none',
  )

  useEffect(
    () =>
      auth.onUnauthorized(() => {
        if (isRealMode()) setSignIn('expired')
      }),
    [],
  )

  return (
    <QueryClientProvider client={queryClient}>
      {signIn !== 'none' ? (
        <SignIn
          expired={signIn === 'expired'}
          onSignIn={(token) => {
            auth.setToken(token)
            setSignIn('none')
            void queryClient.invalidateQueries()
          }}
        />
      ) : (
        <RouterProvider router={router} />
      )}
    </QueryClientProvider>
  )
}
