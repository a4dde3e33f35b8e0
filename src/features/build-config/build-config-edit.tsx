import { AlertTriangle } from 'lucide-react'
import { editBuildConfig } from '../../domain/build-config-write'
import type { ConfigProblem } from '../../domain/build-config-rules'
import { ErrorNotice } from '../../ui/error-notice'
import type { CheckedDraft } from './checked-draft'
import { DocumentEditor } from './document-editor'
import { OverlayForms } from './overlay-forms'
import type { EditorMarker } from './yaml-editor'
import './build-config.css'

/**
 * The edit step: the document with its problems inline and listed below, the tables for
 * environment, annotations and certificates, and "Review changes" once the draft is fit to apply.
 */
export function BuildConfigEdit({
  imageName,
  draft,
  onDraft,
  check,
  changed,
  onReview,
}: {
  imageName: string
  draft: string
  onDraft: (next: string) => void
  check: CheckedDraft
  /** the draft differs from the saved document */
  changed: boolean
  onReview: () => void
}) {
  const { parsed, errors, packages, catalogue, resolved } = check
  const markers: EditorMarker[] = (parsed?.problems ?? []).flatMap((problem) =>
    problem.line ? [{ ...problem, line: problem.line, column: problem.column ?? 1 }] : [],
  )
  return (
    <>
      <DocumentEditor
        value={draft}
        onChange={onDraft}
        markers={markers}
        packages={packages}
        label={`Build config of ${imageName}`}
      />
      <Problems problems={parsed?.problems ?? []} />
      {/* without these the packages are checked by the registry only, when the change is applied */}
      <ErrorNotice
        lead="Packages cannot be checked here yet: the package list did not load."
        error={catalogue.error}
        onRetry={catalogue.retry}
        retrying={catalogue.fetching}
      />
      <ErrorNotice
        lead={`Packages cannot be checked here yet: the packages of ${imageName}’s source image did not load.`}
        error={resolved.error}
        onRetry={() => resolved.refetch()}
        retrying={resolved.isFetching}
      />
      {parsed?.overlay && (
        <OverlayForms
          overlay={parsed.overlay}
          onChange={(next) => onDraft(editBuildConfig(draft, parsed.overlay ?? {}, next))}
        />
      )}
      <div className="dialog-footer">
        {errors.length > 0 && (
          <span className="muted review-blocker" id="review-blocker">
            Fix {errors.length === 1 ? 'the error' : `the ${errors.length} errors`} to continue.
          </span>
        )}
        <button
          type="button"
          className="button primary"
          disabled={errors.length > 0 || !changed}
          aria-describedby={errors.length ? 'review-blocker' : undefined}
          onClick={onReview}
        >
          Review changes
        </button>
      </div>
    </>
  )
}

function Problems({ problems }: { problems: readonly ConfigProblem[] }) {
  if (problems.length === 0) return null
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((problem, index) => (
        <li key={index} className={problem.severity === 'error' ? 'field-error' : 'muted'}>
          <AlertTriangle size={13} aria-hidden /> {place(problem)}
          {problem.message}
        </li>
      ))}
    </ul>
  )
}

/** Where a problem is, said once before its message: "Line 2, column 1: ". */
function place({ line, column }: ConfigProblem): string {
  if (!line) return ''
  return column ? `Line ${line}, column ${column}: ` : `Line ${line}: `
}
