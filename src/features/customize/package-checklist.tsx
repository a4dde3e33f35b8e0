import { useVirtualizer } from '@tanstack/react-virtual'
import { Lock } from 'lucide-react'
import { useRef } from 'react'
import type { PackageSummary } from '../../api/types'
import './package-checklist.css'

const ROW_HEIGHT = 56

/**
 * The packages to tick, one row each, virtualized (an organization may have tens of thousands).
 * The source image's own packages are ticked and locked, with the reason.
 */
export function PackageChecklist({
  packages,
  selected,
  base,
  onToggle,
}: {
  packages: PackageSummary[]
  selected: ReadonlySet<string>
  base: ReadonlySet<string>
  onToggle: (name: string) => void
}) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own state
  const virtualizer = useVirtualizer({
    count: packages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 640, height: 360 },
  })
  return (
    <div ref={scroller} className="checklist" role="group" aria-label="Packages">
      <div className="checklist-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const pkg = packages[item.index]
          if (!pkg?.packageName) return null
          const name = pkg.packageName
          const locked = base.has(name)
          return (
            <label
              key={name}
              className="check-row"
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <input
                type="checkbox"
                aria-label={name}
                checked={locked || selected.has(name)}
                aria-disabled={locked || undefined}
                aria-describedby={locked ? 'base-reason' : undefined}
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
                </span>
                <span className="muted truncate">{pkg.description}</span>
              </span>
            </label>
          )
        })}
      </div>
      <span id="base-reason" hidden>
        Included in the base image
      </span>
    </div>
  )
}
