import { useMemo, useState, type DragEvent } from 'react'
import { useApplyOverlay } from '../../api/apply-overlay'
import type { Repo } from '../../api/types'
import { withUncoveredFields } from '../../domain/build-config-beyond-document'
import { checkOverlay } from '../../domain/build-config-rules'
import { buildConfigYaml } from '../../domain/build-config-write'
import { paths } from '../../routing/paths'
import { AppliedNotice } from '../../ui/applied-notice'
import { downloadText } from '../../ui/download'
import { useExclusive } from '../../ui/use-exclusive'
import { useLeaveGuard } from '../../ui/use-leave-guard'
import { useDraft } from './build-config-draft'
import { BuildConfigEdit } from './build-config-edit'
import { BuildConfigReview } from './build-config-review'
import { BuildConfigToolbar } from './build-config-toolbar'
import { CertificatesTable } from './certificates-table'
import { useCheckedDraft } from './checked-draft'
import './build-config.css'
import { Question } from '../../ui/question'

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
  const check = useCheckedDraft(org.id, repo.id, draft)
  const { parsed, errors } = check
  const applying = useApplyOverlay({ orgId: org.id, repo, imageNames })
  const exclusive = useExclusive()
  const changed = draft !== null && draft.trim() !== saved.trim()
  // leaving with an edit not applied asks first (the edit itself stays for the tab)
  const leaving = useLeaveGuard(changed)
  const question = leaving.blocked && (
    <Question
      id="leave-question"
      className="leave-question"
      text="Leave without applying? Your edit is not applied; it stays in this browser tab until you discard it."
      answer="Leave"
      onKeep={leaving.stay}
      onAnswer={leaving.leave}
    />
  )

  const download = () => downloadText(`${repo.name}.yaml`, draft ?? saved, 'application/yaml')

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
      if (!parsed?.overlay || errors.length || applying.choice.nameError) return
      // the fields the document does not show go along, to this image or to the new one
      const overlay = withUncoveredFields(repo.customOverlay, parsed.overlay)
      if (!(await applying.submit(overlay))) return // the draft is kept
      setDraft(null)
      setStep('edit')
    })

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

  if (draft !== null && step === 'review' && parsed?.overlay) {
    return (
      <>
        {question}
        <BuildConfigReview
          repo={repo}
          saved={saved}
          draft={draft}
          parsed={{ ...parsed, overlay: parsed.overlay }}
          blocked={errors.length > 0}
          applying={applying}
          onBack={() => setStep('edit')}
          onSubmit={submit}
        />
      </>
    )
  }

  return (
    <section aria-label="Build config" {...dropTarget}>
      {question}
      <BuildConfigToolbar
        editing={draft !== null}
        onEdit={() => setDraft(saved)}
        onDiscard={() => setDraft(null)}
        onImport={(file) => void load(file)}
        onDownload={download}
      />
      {draft !== null ? (
        <BuildConfigEdit
          imageName={repo.name}
          draft={draft}
          onDraft={setDraft}
          check={check}
          changed={changed}
          onReview={() => setStep('review')}
        />
      ) : saved ? (
        <>
          <pre className="yaml-view" aria-label="Build config document">
            {saved}
          </pre>
          <CertificatesTable certificates={savedCertificates} overlay={repo.customOverlay} headingLevel={2} />
        </>
      ) : (
        <p className="muted">
          {repo.name} has no build config: it is built exactly as its source image. “Edit” starts one.
        </p>
      )}
    </section>
  )
}
