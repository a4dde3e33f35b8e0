import type { ApplyOverlay } from '../../api/apply-overlay'
import type { Repo } from '../../api/types'
import { describePlan } from '../../domain/build-config-plan'
import type { ParsedConfig } from '../../domain/build-config-read'
import { checkOverlay, type OverlayDoc } from '../../domain/build-config-rules'
import { ErrorNotice } from '../../ui/error-notice'
import { TargetChoice } from '../../ui/target-choice'
import { CertificatesTable } from './certificates-table'
import { DocumentDiff } from './document-diff'
import './build-config.css'

/**
 * The review step: the change in words and as a diff, the certificates it brings, then where it
 * goes (this image or a new one) and the button that sends it.
 */
export function BuildConfigReview({
  repo,
  saved,
  draft,
  parsed,
  blocked,
  applying,
  onBack,
  onSubmit,
}: {
  repo: Repo & { name: string }
  /** the saved document */
  saved: string
  draft: string
  parsed: ParsedConfig & { overlay: OverlayDoc }
  /** the draft has errors: nothing can be sent */
  blocked: boolean
  applying: ApplyOverlay
  onBack: () => void
  onSubmit: () => void
}) {
  const { choice, pending } = applying
  return (
    <section aria-label="Build config">
      <h2 className="section-title">Review changes</h2>
      <p>{describePlan(checkOverlay(repo.customOverlay ?? {}).overlay ?? undefined, parsed.overlay)}</p>
      <CertificatesTable certificates={parsed.certificates} overlay={parsed.overlay} headingLevel={3} />
      <DocumentDiff before={saved} after={draft} />
      <TargetChoice
        imageName={repo.name}
        currentLabel={`Apply to ${repo.name}`}
        newLabel="Save as new image"
        {...choice}
      />
      <ErrorNotice error={applying.error} />
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onBack} disabled={pending}>
          Back
        </button>
        <button
          type="button"
          className="button primary"
          onClick={onSubmit}
          disabled={pending || blocked || Boolean(choice.nameError)}
        >
          {pending ? 'Applying…' : choice.target === 'new' ? 'Save as new image' : 'Apply'}
        </button>
      </div>
    </section>
  )
}
