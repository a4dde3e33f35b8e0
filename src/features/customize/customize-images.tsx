import { useQueryClient } from '@tanstack/react-query'
import { Wand2 } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { queries } from '../../api/queries'
import type { Features, Repo } from '../../api/types'
import { whyNotCustomizable } from '../../domain/multi-customize'
import { Dialog } from '../../ui/dialog'
import { preloadable } from '../../ui/preloadable'
import { CustomizeSession, type SessionHandle } from './customize-session'
import { imageCount } from './image-count'
import './customize.css'

const CustomizeImagesForm = preloadable(() => import('./customize-images-form'))

type Image = Repo & { id: string; name: string }

const customizeLabel = (count: number) => `Customize ${imageCount(count)}`

/** "node, python and 3 more" */
function someNames(images: readonly Image[], most = 4): string {
  const names = images.map((image) => image.name)
  if (names.length <= most) return names.join(', ')
  return `${names.slice(0, most).join(', ')} and ${(names.length - most).toLocaleString('en')} more`
}

/**
 * "Customize N images" for the images selected on Organization Images, and its dialog. Images the
 * organization may not customize are listed with the reason and left out. Pointing at or focusing
 * the button loads the form and reads the catalogue and each image's source packages.
 */
export default function CustomizeImages({
  org,
  features,
  images,
}: {
  org: { id: string; name: string }
  features: Features
  images: readonly Image[]
}) {
  const queryClient = useQueryClient()
  const reason = whyNotCustomizable({ name: org.name, customAssembly: features.customAssembly === true })
  const included = reason ? [] : images
  const leftOut = reason ? images : []
  // the images as they were when the dialog opened: saving one changes the list, not the plan
  const [chosen, setChosen] = useState<readonly Image[] | null>(null)
  const session = useRef<SessionHandle>(null)
  const noteId = useId()
  const count = included.length

  function warmUp() {
    if (count === 0) return
    void CustomizeImagesForm.preload()
    void queryClient.prefetchInfiniteQuery(queries.catalogue(org.id))
    for (const image of included) void queryClient.prefetchQuery(queries.resolved(org.id, image.id))
  }

  function onOpenChange(open: boolean) {
    if (open) setChosen(included)
    else if (!session.current?.askBeforeClosing()) setChosen(null)
  }

  return (
    <>
      <Dialog
        open={chosen !== null}
        onOpenChange={onOpenChange}
        width={820}
        title={customizeLabel(chosen?.length ?? count)}
        description={`Add or remove packages in ${someNames(chosen ?? included)}.`}
        trigger={
          <button
            type="button"
            className="button primary small"
            disabled={count === 0}
            onPointerEnter={warmUp}
            onFocus={warmUp}
            aria-describedby={leftOut.length ? noteId : undefined}
          >
            <Wand2 size={14} aria-hidden /> {customizeLabel(count || images.length)}
          </button>
        }
      >
        <CustomizeSession ref={session} onClose={() => setChosen(null)}>
          {(props) => <CustomizeImagesForm org={org} images={chosen ?? []} {...props} />}
        </CustomizeSession>
      </Dialog>
      {leftOut.length > 0 && (
        <p id={noteId} className="selection-note muted">
          {reason} Left out: {someNames(leftOut)}.
        </p>
      )}
    </>
  )
}
