import { CheckCircle2 } from 'lucide-react'
import { Link } from 'react-router'

/** A build config went through: which image was customized or created, and a link to the builds it started. */
export function AppliedNotice({
  imageName,
  created,
  buildsPath,
  onFollow,
}: {
  imageName: string
  created: boolean
  /** the image's builds */
  buildsPath: string
  /** called as the user follows the link (e.g. to close a dialog) */
  onFollow?: () => void
}) {
  return (
    <div className="notice" role="status">
      <CheckCircle2 size={18} className="status success" aria-hidden />
      <p>
        {imageName} was {created ? 'created' : 'customized'}; builds started.{' '}
        <Link to={buildsPath} onClick={onFollow}>
          See the builds
        </Link>
      </p>
    </div>
  )
}
