import { useQueryClient } from '@tanstack/react-query'
import { Wand2 } from 'lucide-react'
import { Suspense, useEffect, useRef, useState } from 'react'
import { queries } from '../../api/queries'
import type { CurrentImage } from '../../routing/current-image'
import { Dialog } from '../../ui/dialog'
import { preloadable } from '../../ui/preloadable'
import { LoadingState } from '../../ui/states'
import './customize.css'

const CustomizeForm = preloadable(() => import('./customize-form'))

/**
 * The image page's "Customize Image" button and its dialog. The form's code is small and loads once
 * the page is up; its data (the org's catalogue, the source image's packages) waits for a sign of
 * intent: pointing at or focusing the button.
 */
export function CustomizeImage({ image }: { image: CurrentImage }) {
  const { org, features, repo, imageNames } = image
  const canCustomize = features.customAssembly === true
  const queryClient = useQueryClient()
  const [customizing, setCustomizing] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [confirmingClose, setConfirmingClose] = useState(false)

  useEffect(() => {
    if (canCustomize) void CustomizeForm.preload()
  }, [canCustomize])

  function warmUp() {
    if (!canCustomize) return
    void queryClient.prefetchInfiniteQuery(queries.catalogue(org.id))
    void queryClient.prefetchQuery(queries.resolved(org.id, repo.id))
  }

  /** Closing with unsent choices asks first, inside the dialog; Escape on that question keeps editing. */
  function onOpenChange(open: boolean) {
    if (!open && dirty) {
      setConfirmingClose(!confirmingClose)
      return
    }
    setCustomizing(open)
  }

  function discard() {
    setConfirmingClose(false)
    setDirty(false)
    setCustomizing(false)
  }

  return (
    <Dialog
      open={customizing}
      onOpenChange={onOpenChange}
      width={760}
      title="Customize Image"
      description={`Add or remove packages in ${repo.name}.`}
      trigger={
        <button
          type="button"
          className="button primary"
          disabled={!canCustomize}
          onPointerEnter={warmUp}
          onFocus={warmUp}
          aria-describedby={canCustomize ? undefined : 'customize-unavailable'}
        >
          <Wand2 size={15} aria-hidden /> Customize Image
        </button>
      }
    >
      {confirmingClose && <DiscardPrompt onKeep={() => setConfirmingClose(false)} onDiscard={discard} />}
      <Suspense fallback={<LoadingState label="Loading packages…" />}>
        <CustomizeForm
          org={org}
          repo={repo}
          imageNames={imageNames}
          onDirtyChange={setDirty}
          onClose={discard}
        />
      </Suspense>
    </Dialog>
  )
}

function DiscardPrompt({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <div className="notice warning" role="alertdialog" aria-labelledby="discard-question">
      <p id="discard-question" className="question-text">
        Close without applying? Your package choices will be lost.
      </p>
      <button ref={keep} type="button" className="button small" onClick={onKeep}>
        Keep editing
      </button>
      <button type="button" className="button small danger" onClick={onDiscard}>
        Discard and close
      </button>
    </div>
  )
}
