import type { ReactNode } from 'react'
import { shortDigest } from '../../domain/image'
import { EmptyState } from '../../ui/states'
import type { Side } from './side'

/**
 * Words for what the comparison cannot show because the registry has no record for one side (yet):
 * no package list, no scan; and, for a version no tag points at, that it may have been removed.
 */
export function MissingRecord({
  title,
  sides,
  children,
}: {
  title: string
  /** the sides without the record */
  sides: readonly Side[]
  children: (label: string) => ReactNode
}) {
  return (
    <EmptyState title={title}>
      {sides.map((side) => (
        <p key={`${side.repoId} ${side.version.digest}`} className="muted">
          {children(side.label)}
          {side.version.tags.length === 0 &&
            ` No tag points at ${shortDigest(side.version.digest)} any more: this version may have been removed.`}
        </p>
      ))}
    </EmptyState>
  )
}
