import { useVirtualizer } from '@tanstack/react-virtual'
import { Lock } from 'lucide-react'
import { memo, useId, useRef } from 'react'
import type { PackageSummary } from '../../api/types'
import './package-checklist.css'

const ROW_HEIGHT = 56

/**
 * The packages to tick, one row each, virtualized (an organization may have tens of thousands).
 * The source image's own packages are ticked and locked, with the reason. A row renders again only
 * when its package, its tick or its place changes, so a keystroke in the filter redraws only the
 * rows it brings in; `onToggle` should keep its identity.
 */
export function PackageChecklist({
  packages,
  selected,
  base,
  notes,
  onToggle,
}: {
  packages: readonly PackageSummary[]
  selected: ReadonlySet<string>
  base: ReadonlySet<string>
  /** a note for some unlocked packages, shown on their row and describing their checkbox */
  notes?: ReadonlyMap<string, string>
  onToggle: (name: string) => void
}) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own state
  const virtualizer = useVirtualizer({
    count: packages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    initialRect: { width: 640, height: 360 },
  })
  return (
    <div ref={scroller} className="checklist" role="group" aria-label="Packages">
      <div className="checklist-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const pkg = packages[item.index]
          if (!pkg?.packageName) return null
          const locked = base.has(pkg.packageName)
          return (
            <CheckRow
              key={pkg.packageName}
              pkg={pkg}
              top={item.start}
              locked={locked}
              note={notes?.get(pkg.packageName)}
              checked={locked || selected.has(pkg.packageName)}
              onToggle={onToggle}
            />
          )
        })}
      </div>
      <span id="base-reason" hidden>
        Included in the base image
      </span>
    </div>
  )
}

const CheckRow = memo(function CheckRow({
  pkg,
  top,
  locked,
  note,
  checked,
  onToggle,
}: {
  pkg: PackageSummary
  top: number
  locked: boolean
  note?: string
  checked: boolean
  onToggle: (name: string) => void
}) {
  const name = pkg.packageName ?? ''
  const noteId = useId()
  return (
    <label className="check-row" style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}>
      <input
        type="checkbox"
        aria-label={name}
        checked={checked}
        aria-disabled={locked || undefined}
        aria-describedby={locked ? 'base-reason' : note ? noteId : undefined}
        onChange={() => onToggle(name)}
      />
      <span className="check-main">
        <span className="check-name">
          <strong>{name}</strong>
          <span className="muted mono">{pkg.latestVersion}</span>
          <span className="muted">{pkg.architectures}</span>
          {locked && (
            <span className="badge">
              <Lock size={11} aria-hidden /> Included in the base image
            </span>
          )}
          {!locked && note && (
            <span className="badge" id={noteId}>
              <Lock size={11} aria-hidden /> {note}
            </span>
          )}
        </span>
        <span className="muted truncate">{pkg.description}</span>
      </span>
    </label>
  )
})
