/**
 * Customizing several images at once, pure: which packages are locked for which of the images,
 * where the choice starts, and what each image's build config becomes. A package ticked is added to
 * every image that has it neither in its base nor in its build config; a package unticked that some
 * build configs added is removed from those. The rest of each build config stays as it was.
 */
import { initialSelection, type SelectionDiff } from './package-selection'

/** One of the images being customized: its name, its source image's packages, what its build config adds. */
export interface PlannedImage {
  name: string
  base: ReadonlySet<string>
  saved: readonly string[]
}

/** What a change does to one image: the packages added and removed, and the package list to save. */
export interface ImagePlan extends SelectionDiff {
  packages: string[]
}

/** The packages in the base of every image: they are locked (nothing to add anywhere). */
export function lockedForAll(images: readonly PlannedImage[]): Set<string> {
  const [first, ...rest] = images
  if (!first) return new Set()
  return new Set([...first.base].filter((name) => rest.every((image) => image.base.has(name))))
}

/** The packages `held` by some images only, each with the names of those images, in the images' order. */
function heldBySome(images: readonly PlannedImage[], held: (image: PlannedImage) => Iterable<string>) {
  const holders = new Map<string, string[]>()
  for (const image of images) {
    for (const name of new Set(held(image))) holders.set(name, [...(holders.get(name) ?? []), image.name])
  }
  for (const [name, names] of holders) if (names.length === images.length) holders.delete(name)
  return holders
}

/** The packages in the base of some images only, with those images: ticking one adds it to the others. */
export function lockedForSome(images: readonly PlannedImage[]): Map<string, string[]> {
  return heldBySome(images, (image) => image.base)
}

/**
 * The packages the build configs of some images only add, with those images: kept ticked, they
 * stay where they are (and are not added to the others); unticked, they are removed from those.
 */
export function addedBySome(images: readonly PlannedImage[]): Map<string, string[]> {
  return heldBySome(images, (image) => initialSelection(image.saved, image.base))
}

/** Where the choice starts: every package some image's build config adds (beyond its base). */
export function startingSelection(images: readonly PlannedImage[]): Set<string> {
  return new Set(images.flatMap((image) => [...initialSelection(image.saved, image.base)]))
}

/**
 * What `selected` (the choice that began as `start`) does to one image: the new packages are added
 * where the image lacks them; those unticked are removed where its build config added them. The
 * saved order is kept, and new packages follow in name order.
 */
export function planImage(
  image: PlannedImage,
  start: ReadonlySet<string>,
  selected: ReadonlySet<string>,
): ImagePlan {
  const saved = new Set(image.saved)
  const added = [...selected]
    .filter((name) => !start.has(name) && !image.base.has(name) && !saved.has(name))
    .sort()
  const dropped = (name: string) => start.has(name) && !selected.has(name)
  const removed = [...saved].filter((name) => dropped(name) && !image.base.has(name)).sort()
  return { added, removed, packages: [...image.saved.filter((name) => !dropped(name)), ...added] }
}

/** Why an image may not be customized here, or null when it may. */
export function whyNotCustomizable(org: { name: string; customAssembly: boolean }): string | null {
  return org.customAssembly ? null : `Custom Assembly is not enabled for ${org.name}.`
}
