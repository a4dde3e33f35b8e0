import { useQueryClient } from '@tanstack/react-query'
import { Wand2 } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { useCatalogue } from '../../api/catalogue'
import { queries } from '../../api/queries'
import type { CurrentImage } from '../../routing/current-image'
import { Dialog } from '../../ui/dialog'
import { preloadable } from '../../ui/preloadable'
import { CustomizeSession, type SessionHandle } from './customize-session'
import './customize.css'

const CustomizeForm = preloadable(() => import('./customize-form'))

/**
 * The image page's "Customize Image" button and its dialog. The form's code is small and loads once
 * the page is up, and so do the catalogue's first page and the image's resolved build config (the
 * dialog's first rows, and which of them are ticked), so a click opens on them at once. The rest
 * of the catalogue (every page of the org's) waits for a sign of intent: pointing at or focusing
 * the button.
 */
export function CustomizeImage({ image }: { image: CurrentImage }) {
  const { org, features, repo, imageNames } = image
  const canCustomize = features.customAssembly === true
  const queryClient = useQueryClient()
  const [customizing, setCustomizing] = useState(false)
  const [intent, setIntent] = useState(false)
  const session = useRef<SessionHandle>(null)

  useEffect(() => {
    if (!canCustomize) return
    void CustomizeForm.preload()
    void queryClient.prefetchInfiniteQuery(queries.catalogue(org.id))
    void queryClient.prefetchQuery(queries.resolved(org.id, repo.id))
  }, [canCustomize, queryClient, org.id, repo.id])

  function warmUp() {
    if (canCustomize) setIntent(true)
  }

  function onOpenChange(open: boolean) {
    if (open) setCustomizing(true)
    else if (!session.current?.askBeforeClosing()) setCustomizing(false)
  }

  return (
    <>
      {intent && <CatalogueLoader orgId={org.id} />}
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
        <CustomizeSession ref={session} onClose={() => setCustomizing(false)}>
          {(props) => <CustomizeForm org={org} repo={repo} imageNames={imageNames} {...props} />}
        </CustomizeSession>
      </Dialog>
    </>
  )
}

/** Loads the org's catalogue, page after page, so the dialog opens on all of it. Draws nothing. */
function CatalogueLoader({ orgId }: { orgId: string }) {
  useCatalogue(orgId)
  return null
}
