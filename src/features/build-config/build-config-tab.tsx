import { useQuery } from '@tanstack/react-query'
import { AlertTriangle, Download, FileUp, Pencil } from 'lucide-react'
import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type DragEvent,
} from 'react'
import { useApplyOverlay } from '../../api/apply-overlay'
import { useCatalogue } from '../../api/catalogue'
import { queries } from '../../api/queries'
import type { Repo } from '../../api/types'
import { withUncoveredFields } from '../../domain/build-config-beyond-document'
import { describePlan } from '../../domain/build-config-plan'
import { parseBuildConfig } from '../../domain/build-config-read'
import { checkOverlay, type ConfigProblem } from '../../domain/build-config-rules'
import { buildConfigYaml, editBuildConfig } from '../../domain/build-config-write'
import { certificateFingerprint, type CertificateInfo } from '../../domain/certificates'
import { lineDiff } from '../../domain/line-diff'
import { paths } from '../../routing/paths'
import { AppliedNotice } from '../../ui/applied-notice'
import { CopyButton } from '../../ui/copy-button'
import { TargetChoice } from '../../ui/target-choice'
import { downloadText } from '../../ui/download'
import { ErrorNotice } from '../../ui/error-notice'
import { FallbackBoundary } from '../../ui/fallback-boundary'
import { useIsDark } from '../../ui/theme'
import { useExclusive } from '../../ui/use-exclusive'
import { OverlayForms } from './overlay-forms'
import type { EditorMarker } from './yaml-editor'

const YamlEditor = lazy(() => import('./yaml-editor'))
const YamlDiff = lazy(() => import('./yaml-editor').then((module) => ({ default: module.YamlDiff })))

export interface BuildConfigTabProps {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  /** names of the organization's images, for the new-image name rule */
  imageNames: readonly string[]
}

/**
 * "Build config": the image's build config as the YAML document `build edit` opens. Edit it (Monaco,
 * loaded on first use), review the change as a diff and a plan in words, then apply it. An edit in
 * progress is kept for the browser tab until it is applied or discarded.
 */
export function BuildConfigTab({ org, repo, imageNames }: BuildConfigTabProps) {
  const saved = useMemo(() => buildConfigYaml(repo.customOverlay), [repo.customOverlay])
  const savedCertificates = useMemo(
    () => checkOverlay(repo.customOverlay ?? {}).certificates,
    [repo.customOverlay],
  )
  const [draft, setDraft] = useDraft(repo.id)
  const [step, setStep] = useState<'edit' | 'review'>('edit')
  const catalogue = useCatalogue(org.id, draft !== null)
  const resolved = useQuery({ ...queries.resolved(org.id, repo.id), enabled: draft !== null })
  const base = useMemo(() => new Set(resolved.data?.contents?.packages ?? []), [resolved.data])
  const packages = useMemo(
    () =>
      catalogue.packages.map((pkg) => ({
        name: pkg.packageName ?? '',
        version: pkg.latestVersion,
        description: pkg.description,
      })),
    [catalogue.packages],
  )
  const entitled = useMemo(() => {
    if (!catalogue.complete) return undefined
    const names = new Set(packages.map((pkg) => pkg.name))
    return (name: string) => names.has(name)
  }, [catalogue.complete, packages])
  const parsed = useMemo(
    () => (draft === null ? null : parseBuildConfig(draft, { entitled, base })),
    [draft, entitled, base],
  )
  const errors = parsed?.problems.filter((problem) => problem.severity === 'error') ?? []
  const applying = useApplyOverlay({ orgId: org.id, repo, imageNames })
  const { choice } = applying
  const exclusive = useExclusive()
  const fileInput = useRef<HTMLInputElement>(null)
  const dark = useIsDark()

  const download = () => downloadText(`${repo.name}.yaml`, draft ?? saved, 'application/yaml')

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file) await load(file)
  }

  async function load(file: File) {
    setDraft(await file.text())
    setStep('edit')
  }

  /** A YAML file dropped anywhere on the tab is imported like "Import" does. */
  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes('Files')) event.preventDefault()
    },
    onDrop: (event: DragEvent) => {
      const file = event.dataTransfer.files[0]
      if (!file) return
      event.preventDefault()
      void load(file)
    },
  }

  const submit = () =>
    exclusive(async () => {
      if (!parsed?.overlay || errors.length || choice.nameError) return
      // the fields the document does not show go along, to this image or to the new one
      const overlay = withUncoveredFields(repo.customOverlay, parsed.overlay)
      if (!(await applying.submit(overlay))) return // the draft is kept
      setDraft(null)
      setStep('edit')
    })

  const toolbar = (
    <div className="toolbar">
      {draft === null ? (
        <button type="button" className="button primary" onClick={() => setDraft(saved)}>
          <Pencil size={14} aria-hidden /> Edit
        </button>
      ) : (
        <button type="button" className="button" onClick={() => setDraft(null)}>
          Discard changes
        </button>
      )}
      <button type="button" className="button" onClick={() => fileInput.current?.click()}>
        <FileUp size={14} aria-hidden /> Import
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml,text/plain"
        hidden
        aria-label="Import a YAML file"
        onChange={importFile}
      />
      <button type="button" className="button" onClick={download}>
        <Download size={14} aria-hidden /> Download
      </button>
    </div>
  )

  if (applying.applied) {
    return (
      <section aria-label="Build config">
        <AppliedNotice
          {...applying.applied}
          buildsPath={paths.image(org.name, applying.applied.imageName, 'builds')}
        />
        <div className="toolbar">
          <button type="button" className="button" onClick={applying.dismiss}>
            Back to the build config
          </button>
        </div>
      </section>
    )
  }

  if (draft === null) {
    return (
      <section aria-label="Build config" {...dropTarget}>
        {toolbar}
        {saved ? (
          <>
            <pre className="yaml-view" aria-label="Build config document">
              {saved}
            </pre>
            <Certificates
              certificates={savedCertificates}
              contents={contentsByName(repo.customOverlay)}
              headingLevel={2}
            />
          </>
        ) : (
          <p className="muted">
            {repo.name} has no build config: it is built exactly as its source image. “Edit” starts one.
          </p>
        )}
      </section>
    )
  }

  const changed = draft.trim() !== saved.trim()
  if (step === 'review' && parsed?.overlay) {
    return (
      <section aria-label="Build config">
        <h2 className="section-title">Review changes</h2>
        <p>{describePlan(checkOverlay(repo.customOverlay ?? {}).overlay ?? undefined, parsed.overlay)}</p>
        <Certificates
          certificates={parsed.certificates}
          contents={contentsByName(parsed.overlay)}
          headingLevel={3}
        />
        <div className="editor-frame diff-frame">
          <FallbackBoundary fallback={<PlainDiff before={saved} after={draft} />}>
            <Suspense fallback={<p className="muted">Loading the diff…</p>}>
              <YamlDiff original={saved} modified={draft} dark={dark} />
            </Suspense>
          </FallbackBoundary>
        </div>
        <TargetChoice
          imageName={repo.name}
          currentLabel={`Apply to ${repo.name}`}
          newLabel="Save as new image"
          {...choice}
        />
        <ErrorNotice error={applying.error} />
        <div className="dialog-footer">
          <button
            type="button"
            className="button"
            onClick={() => setStep('edit')}
            disabled={applying.pending}
          >
            Back
          </button>
          <button
            type="button"
            className="button primary"
            onClick={submit}
            disabled={applying.pending || errors.length > 0 || Boolean(choice.nameError)}
          >
            {applying.pending ? 'Applying…' : choice.target === 'new' ? 'Save as new image' : 'Apply'}
          </button>
        </div>
      </section>
    )
  }

  const markers: EditorMarker[] = (parsed?.problems ?? []).flatMap((problem) =>
    problem.line ? [{ ...problem, line: problem.line, column: problem.column ?? 1 }] : [],
  )
  return (
    <section aria-label="Build config" {...dropTarget}>
      {toolbar}
      <div className="editor-frame">
        <FallbackBoundary
          fallback={
            <>
              <p className="muted editor-note" role="status">
                The editor could not load; edit the document as plain text.
              </p>
              <DraftTextarea value={draft} onChange={setDraft} label={`Build config of ${repo.name}`} />
            </>
          }
        >
          <Suspense
            fallback={
              <DraftTextarea
                value={draft}
                onChange={setDraft}
                label="Build config (plain text while the editor loads)"
              />
            }
          >
            <YamlEditor
              value={draft}
              onChange={setDraft}
              markers={markers}
              packages={packages}
              label={`Build config of ${repo.name}`}
              dark={dark}
            />
          </Suspense>
        </FallbackBoundary>
      </div>
      <Problems problems={parsed?.problems ?? []} />
      {/* without these the packages are checked by the registry only, when the change is applied */}
      <ErrorNotice
        lead="Packages cannot be checked here yet: the package list did not load."
        error={catalogue.error}
        onRetry={catalogue.retry}
        retrying={catalogue.fetching}
      />
      <ErrorNotice
        lead={`Packages cannot be checked here yet: the packages of ${repo.name}’s source image did not load.`}
        error={resolved.error}
        onRetry={() => resolved.refetch()}
        retrying={resolved.isFetching}
      />
      {parsed?.overlay && (
        <OverlayForms
          overlay={parsed.overlay}
          onChange={(next) => setDraft(editBuildConfig(draft, parsed.overlay ?? {}, next))}
        />
      )}
      <div className="dialog-footer">
        {errors.length > 0 && (
          <span className="muted" id="review-blocker" style={{ marginRight: 'auto' }}>
            Fix {errors.length === 1 ? 'the error' : `the ${errors.length} errors`} to continue.
          </span>
        )}
        <button
          type="button"
          className="button primary"
          disabled={errors.length > 0 || !changed}
          aria-describedby={errors.length ? 'review-blocker' : undefined}
          onClick={() => setStep('review')}
        >
          Review changes
        </button>
      </div>
    </section>
  )
}

/** Each certificate's subject, issuer and validity; an expired one is flagged. */
function Certificates({
  certificates,
  contents,
  headingLevel,
}: {
  certificates: readonly CertificateInfo[]
  /** 2 on the tab, 3 under "Review changes" */
  headingLevel: 2 | 3
  /** each certificate's PEM by name, for its fingerprint */
  contents: ReadonlyMap<string, string>
}) {
  if (certificates.length === 0) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="card section" aria-label="Certificates">
      <Heading className="section-title">Certificates ({certificates.length})</Heading>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Subject</th>
            <th scope="col" className="hide-narrow">
              Issuer
            </th>
            <th scope="col">Expires</th>
            <th scope="col" className="hide-narrow">
              SHA-256
            </th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((certificate) => (
            <tr key={certificate.name}>
              <td>
                <code>{certificate.name}</code>
              </td>
              <td>{certificate.subject}</td>
              <td className="hide-narrow">{certificate.selfSigned ? 'Self-signed' : certificate.issuer}</td>
              <td className="nowrap">
                {certificate.expired ? (
                  <span className="status failure">
                    <AlertTriangle size={14} aria-hidden /> Expired {certificate.notAfter.slice(0, 10)}
                  </span>
                ) : (
                  certificate.notAfter.slice(0, 10)
                )}
              </td>
              <td className="hide-narrow nowrap">
                <Fingerprint name={certificate.name} content={contents.get(certificate.name)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** A certificate's SHA-256 fingerprint (computed by Web Crypto), shortened, with the whole of it to copy. */
function Fingerprint({ name, content }: { name: string; content: string | undefined }) {
  const [known, setKnown] = useState<{ content: string; fingerprint: string } | null>(null)
  useEffect(() => {
    if (!content) return
    let live = true
    certificateFingerprint(content).then(
      (fingerprint) => live && setKnown({ content, fingerprint }),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [content])
  if (!content || known?.content !== content) return <span className="muted">—</span>
  return (
    <span className="digest">
      <code title={known.fingerprint}>{known.fingerprint.slice(0, 23)}…</code>
      <CopyButton text={known.fingerprint} label={`SHA-256 fingerprint of ${name}`} />
    </span>
  )
}

/** Each certificate entry's PEM by name. */
function contentsByName(
  overlay: { certificates?: { additional?: { name?: string; content?: string }[] } } | null | undefined,
) {
  return new Map(
    (overlay?.certificates?.additional ?? []).flatMap((entry) =>
      entry.name && entry.content ? [[entry.name, entry.content] as const] : [],
    ),
  )
}

function DraftTextarea({
  value,
  onChange,
  label,
}: {
  value: string
  onChange: (value: string) => void
  label: string
}) {
  return (
    <textarea
      className="input yaml-textarea"
      aria-label={label}
      value={value}
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}

/** The change as `build edit` prints it, for when the diff editor cannot load. */
function PlainDiff({ before, after }: { before: string; after: string }) {
  const lines = useMemo(() => lineDiff(before, after), [before, after])
  return (
    <pre className="yaml-view plain-diff" aria-label="Changes">
      {lines.map((line, index) => (
        <span key={index} className={line.kind === '+' ? 'added' : line.kind === '-' ? 'removed' : undefined}>
          {`${line.kind} ${line.text}\n`}
        </span>
      ))}
    </pre>
  )
}

function Problems({ problems }: { problems: readonly ConfigProblem[] }) {
  if (problems.length === 0) return null
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((problem, index) => (
        <li key={index} className={problem.severity === 'error' ? 'field-error' : 'muted'}>
          <AlertTriangle size={13} aria-hidden /> {problem.line ? `Line ${problem.line}: ` : ''}
          {problem.message}
        </li>
      ))}
    </ul>
  )
}

/** An edit in progress, kept per image for the browser tab (survives tab switches and reloads). */
function useDraft(repoId: string): [string | null, (next: string | null) => void] {
  const key = `assembly-console.draft.${repoId}`
  const value = useSyncExternalStore(subscribeDrafts, () => sessionStorage.getItem(key))
  return [
    value,
    (next) => {
      if (next === null) sessionStorage.removeItem(key)
      else sessionStorage.setItem(key, next)
      for (const listener of draftListeners) listener()
    },
  ]
}

const draftListeners = new Set<() => void>()
function subscribeDrafts(listener: () => void) {
  draftListeners.add(listener)
  return () => draftListeners.delete(listener)
}
