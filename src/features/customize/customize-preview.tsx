import type { ApplyOverlay } from '../../api/apply-overlay'
import type { PackageSummary } from '../../api/types'
import type { SelectionDiff } from '../../domain/package-selection'
import { ErrorNotice } from '../../ui/error-notice'

/**
 * The preview step: what the change adds (and, on this image, removes), for a new image where it
 * comes from, then the button that sends it. A failure is shown here with every choice kept.
 */
export function CustomizePreview({
  imageName,
  diff,
  byName,
  applying,
  onBack,
  onSubmit,
}: {
  imageName: string
  diff: SelectionDiff
  /** the catalogue's packages by name, for their versions */
  byName: ReadonlyMap<string, PackageSummary>
  applying: ApplyOverlay
  onBack: () => void
  onSubmit: () => void
}) {
  const { choice, pending } = applying
  return (
    <>
      <div className="customize-body">
        {choice.target === 'new' && (
          <p className="notice">
            A new image <strong>{choice.name}</strong> will be created from {imageName}’s source. {imageName}{' '}
            stays as it is.
          </p>
        )}
        <PackageList title="Packages added" names={diff.added} byName={byName} />
        {choice.target === 'current' && (
          <PackageList title="Packages removed" names={diff.removed} byName={byName} />
        )}
        <ErrorNotice error={applying.error} />
      </div>
      <div className="dialog-footer customize-footer">
        <button type="button" className="button" onClick={onBack} disabled={pending}>
          Back
        </button>
        <button type="button" className="button primary" onClick={onSubmit} disabled={pending}>
          {pending ? 'Applying…' : choice.target === 'new' ? `Create ${choice.name}` : 'Apply Changes'}
        </button>
      </div>
    </>
  )
}

/** A list of packages with their versions, titled with its count; `label` names it when several share a title. */
export function PackageList({
  title,
  label = title,
  names,
  byName,
}: {
  title: string
  label?: string
  names: readonly string[]
  byName: ReadonlyMap<string, PackageSummary>
}) {
  return (
    <section className="section card" aria-label={label}>
      <h3>
        {title} ({names.length})
      </h3>
      {names.length ? (
        <ul className="tag-list">
          {names.map((name) => (
            <li key={name} className="tag">
              {name} {byName.get(name)?.latestVersion}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}
    </section>
  )
}
