import { AlertTriangle, CheckCircle2, Loader2 } from 'lucide-react'
import { Link } from 'react-router'
import type { ApplyToImages, ImageChange, ImageOutcome } from '../../api/apply-to-images'
import type { PackageSummary, Repo } from '../../api/types'
import type { ImagePlan } from '../../domain/multi-customize'
import { hasChanges } from '../../domain/package-selection'
import { paths } from '../../routing/paths'
import { errorMessage } from '../../ui/error-message'
import { PackageList } from './customize-preview'
import { imageCount } from './image-count'
import './images-review.css'

/**
 * The preview of "Customize N images" and then its results: per image, the packages added and
 * removed, and how its save went ("Applied" with its builds, or "Failed" with the reason and
 * "Retry"). "Apply to N images" sends the images not saved yet; once all are, "Done" closes.
 */
export function ImagesReview({
  orgName,
  images: repos,
  plans,
  byName,
  applying,
  remaining,
  done,
  canGoBack,
  onBack,
  onClose,
}: {
  orgName: string
  images: readonly (Repo & { id: string; name: string })[]
  /** each image's plan, in the images' order */
  plans: readonly ImagePlan[]
  byName: ReadonlyMap<string, PackageSummary>
  applying: ApplyToImages
  /** the changes not saved yet */
  remaining: readonly ImageChange[]
  done: boolean
  canGoBack: boolean
  onBack: () => void
  onClose: () => void
}) {
  const { outcomes, pending } = applying
  const failed = [...outcomes.values()].filter((outcome) => outcome.state === 'failed').length
  const applied = [...outcomes.values()].filter((outcome) => outcome.state === 'applied').length
  return (
    <div className="customize-flow">
      <div className="customize-body">
        {done && (
          <p className="notice" role="status">
            <CheckCircle2 size={18} className="status success" aria-hidden /> {imageCount(applied)}{' '}
            customized; builds started.
          </p>
        )}
        <ul className="image-reviews">
          {repos.map((repo, i) => {
            const plan = plans[i]
            if (!plan) return null
            const change = remaining.find((each) => each.repo.id === repo.id)
            return (
              <li key={repo.id}>
                <section className="card image-review" aria-label={repo.name}>
                  <div className="image-review-head">
                    <h3>{repo.name}</h3>
                    <Outcome
                      outcome={outcomes.get(repo.id)}
                      unchanged={!hasChanges(plan)}
                      buildsPath={paths.image(orgName, repo.name, 'builds')}
                      onFollow={onClose}
                      onRetry={
                        change && !pending ? () => void applying.apply([change]).catch(() => {}) : undefined
                      }
                      name={repo.name}
                    />
                  </div>
                  {hasChanges(plan) && (
                    <div className="image-review-lists">
                      <PackageList
                        title="Packages added"
                        label={`Packages added to ${repo.name}`}
                        names={plan.added}
                        byName={byName}
                      />
                      <PackageList
                        title="Packages removed"
                        label={`Packages removed from ${repo.name}`}
                        names={plan.removed}
                        byName={byName}
                      />
                    </div>
                  )}
                </section>
              </li>
            )
          })}
        </ul>
      </div>
      <div className="dialog-footer customize-footer">
        <span className="muted preview-blocker" role="status">
          {(applied > 0 || failed > 0) && `${applied} applied · ${failed} failed`}
        </span>
        {done ? (
          <button type="button" className="button primary" onClick={onClose}>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onBack} disabled={pending || !canGoBack}>
              Back
            </button>
            <button
              type="button"
              className="button primary"
              disabled={pending || remaining.length === 0}
              onClick={() => void applying.apply(remaining).catch(() => {})}
            >
              {pending ? 'Applying…' : `Apply to ${imageCount(remaining.length)}`}
            </button>
          </>
        )}
      </div>
    </div>
  )
}

/** One image's result: nothing yet, on its way, applied (with its builds) or failed (with "Retry"). */
function Outcome({
  outcome,
  unchanged,
  buildsPath,
  onFollow,
  onRetry,
  name,
}: {
  outcome: ImageOutcome | undefined
  unchanged: boolean
  buildsPath: string
  onFollow: () => void
  onRetry: (() => void) | undefined
  name: string
}) {
  if (unchanged) return <span className="muted">No change: left as it is</span>
  if (!outcome) return null
  if (outcome.state === 'applying') {
    return (
      <span className="image-outcome">
        <Loader2 size={15} className="status running spin" aria-hidden /> Applying…
      </span>
    )
  }
  if (outcome.state === 'applied') {
    return (
      <span className="image-outcome">
        <CheckCircle2 size={15} className="status success" aria-hidden /> Applied{' '}
        <Link to={buildsPath} onClick={onFollow} aria-label={`View builds of ${name}`}>
          View builds
        </Link>
      </span>
    )
  }
  return (
    <span className="image-outcome failed">
      <AlertTriangle size={15} className="status failure" aria-hidden /> Failed: {errorMessage(outcome.error)}
      <button
        type="button"
        className="button small"
        onClick={onRetry}
        disabled={!onRetry}
        aria-label={`Retry ${name}`}
      >
        Retry
      </button>
    </span>
  )
}
