import { Link, Navigate, useParams } from 'react-router'
import { paths } from '../routing/paths'
import { EmptyState } from '../ui/states'
import './sign-in.css'

/** `*`: an address the console has no screen for. */
export function NotFoundPage() {
  return (
    <div className="sign-in">
      <EmptyState title="Page not found">
        <p className="muted">
          There is nothing at this address. <Link to={paths.root()}>Go to your images</Link>.
        </p>
      </EmptyState>
    </div>
  )
}

/** An address below an image that names no section goes to the image itself. */
export function ToImage() {
  const { org = '', image = '' } = useParams()
  return <Navigate to={paths.image(org, image)} replace />
}
