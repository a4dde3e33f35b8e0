import { isRouteErrorResponse, useRouteError } from 'react-router'
import { ErrorState } from '../ui/states'
import './sign-in.css'

/** Shown when a page fails to load or render (e.g. its code could not be fetched after a deploy). */
export function RouteError() {
  const error = useRouteError()
  const message = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error
  return (
    <div className="sign-in">
      <ErrorState title="This page could not be shown" error={message} onRetry={() => location.reload()} />
    </div>
  )
}
