import type { ComponentProps } from 'react'
import { preloadable } from '../../ui/preloadable'
import type { YamlDiff as YamlDiffComponent } from './yaml-editor'

/** The review's diff in Monaco, loaded with the editor's code (it is in the same chunk). */
export const YamlDiff = preloadable<ComponentProps<typeof YamlDiffComponent>>(() =>
  import('./yaml-editor').then((module) => ({ default: module.YamlDiff })),
)

/**
 * Makes the diff ready while the document is edited, so "Review changes" shows it at once: a lazy
 * component rendered for the first time suspends, and React then holds its fallback for 300 ms. If
 * the code cannot load, the review's fallback says so.
 */
export function preloadDiff(): void {
  YamlDiff.preload().catch(() => undefined)
}
