import { useQueries } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useApplyToImages, type ImageChange } from '../../api/apply-to-images'
import { useCatalogue } from '../../api/catalogue'
import { queries } from '../../api/queries'
import type { ApkoConfig, Repo } from '../../api/types'
import {
  addedBySome,
  lockedForAll,
  lockedForSome,
  planImage,
  startingSelection,
  type PlannedImage,
} from '../../domain/multi-customize'
import { hasChanges } from '../../domain/package-selection'
import type { SessionProps } from './customize-session'
import { ImagesReview } from './images-review'
import { PreviewFooter } from './preview-footer'
import { imageCount } from './image-count'
import { PackagePicker } from './package-picker'
import { usePackageChoice } from './use-package-choice'
import './customize.css'

export interface CustomizeImagesFormProps extends SessionProps {
  org: { id: string; name: string }
  /** the images to customize, as they were when the dialog opened */
  images: readonly (Repo & { id: string; name: string })[]
}

/** The source images' packages, read per image: in once every one is, failed if any read failed. */
function combineSources(
  results: {
    data?: ApkoConfig
    isError: boolean
    error: unknown
    isFetching: boolean
    refetch: () => unknown
  }[],
) {
  const configs = results.map((result) => result.data)
  return {
    data: configs.every(Boolean) ? (configs as ApkoConfig[]) : undefined,
    isError: results.some((result) => result.isError),
    error: results.find((result) => result.error)?.error,
    isFetching: results.some((result) => result.isFetching),
    loaded: configs.filter(Boolean).length,
    refetch: () => {
      for (const result of results) if (result.isError) void result.refetch()
    },
  }
}

/**
 * "Customize N images": the same checklist as for one image, where a package in the base of every
 * image is locked and one in the base of some is locked for those only (the row says for which);
 * then, per image, the packages added and removed, applied to each image on its own with a result
 * row per image and "Retry" for those that failed.
 */
export default function CustomizeImagesForm({
  org,
  images,
  onDirtyChange,
  onClose,
}: CustomizeImagesFormProps) {
  const catalogue = useCatalogue(org.id)
  const sources = useQueries({
    queries: images.map((repo) => queries.resolved(org.id, repo.id)),
    combine: combineSources,
  })
  const planned = useMemo(
    () =>
      sources.data?.map((config, i): PlannedImage => ({
        name: images[i]?.name ?? '',
        base: new Set(config.contents?.packages ?? []),
        saved: images[i]?.customOverlay?.contents?.packages ?? [],
      })),
    [sources.data, images],
  )
  const locks = useMemo(() => {
    const all = planned ? lockedForAll(planned) : new Set<string>()
    const some = planned ? lockedForSome(planned) : new Map<string, string[]>()
    const added = planned ? addedBySome(planned) : new Map<string, string[]>()
    // a row says for which images its package is locked, and which images' build configs add it
    const notes = new Map<string, string>()
    for (const [name, holders] of some) notes.set(name, `Locked for ${holders.join(', ')}`)
    for (const [name, holders] of added) {
      const note = `Added to ${holders.join(', ')}`
      notes.set(name, notes.has(name) ? `${notes.get(name)} · ${note}` : note)
    }
    return { all, some, notes }
  }, [planned])
  const start = useMemo(() => (planned ? startingSelection(planned) : new Set<string>()), [planned])
  // "In the image": what any of the images adds, and what some have in their base
  const inAnyImage = useMemo(() => [...new Set([...start, ...locks.some.keys()])], [start, locks.some])

  const choice = usePackageChoice(start, onDirtyChange)
  const { selected } = choice
  const [reviewing, setReviewing] = useState(false)
  const applying = useApplyToImages(org.id)

  const plans = useMemo(
    () => planned?.map((image) => planImage(image, start, selected)),
    [planned, start, selected],
  )
  const changes = images.flatMap((repo, i): ImageChange[] => {
    const plan = plans?.[i]
    if (!plan || !hasChanges(plan)) return []
    const overlay = repo.customOverlay
    return [{ repo, overlay: { ...overlay, contents: { ...overlay?.contents, packages: plan.packages } } }]
  })
  const remaining = applying.unsaved(changes)
  const anyApplied = changes.length > remaining.length
  const allApplied = changes.length > 0 && remaining.length === 0
  useEffect(() => {
    if (allApplied) onDirtyChange(false)
  }, [allApplied, onDirtyChange])

  // the preview's versions, looked up by name: made when the preview shows
  const byName = useMemo(
    () => new Map(reviewing ? catalogue.packages.map((pkg) => [pkg.packageName ?? '', pkg]) : []),
    [reviewing, catalogue.packages],
  )

  const blocker = !planned
    ? 'Waiting for the packages of the images’ source images.'
    : changes.length === 0 && 'Nothing has changed yet: tick or untick a package.'

  if (reviewing && plans) {
    return (
      <ImagesReview
        orgName={org.name}
        images={images}
        plans={plans}
        byName={byName}
        applying={applying}
        remaining={remaining}
        done={allApplied}
        canGoBack={!anyApplied}
        onBack={() => setReviewing(false)}
        onClose={onClose}
      />
    )
  }

  return (
    <div className="customize-flow">
      <div className="customize-body">
        <PackagePicker
          imageName={`the ${imageCount(images.length)} selected`}
          catalogue={catalogue}
          resolved={sources}
          sources={`the selected images’ source images (${sources.loaded.toLocaleString('en')} of ${imageCount(images.length)} read)`}
          base={locks.all}
          notes={locks.notes}
          saved={inAnyImage}
          {...choice}
        />
      </div>
      <PreviewFooter blocker={blocker} onPreview={() => setReviewing(true)} />
    </div>
  )
}
