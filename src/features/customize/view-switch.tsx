import { useId } from 'react'
import './view-switch.css'

/** What the checklist shows: the whole catalogue, the packages added, or what the image holds. */
export type PackageView = 'all' | 'selected' | 'image'

const LABELS: Record<PackageView, string> = { all: 'All', selected: 'Selected', image: 'In the image' }

/** A segmented control of radio buttons (arrow keys move between them), each with its count. */
export function ViewSwitch({
  view,
  counts,
  onView,
}: {
  view: PackageView
  counts: Record<PackageView, number>
  onView: (view: PackageView) => void
}) {
  const name = useId()
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">Show</legend>
      {(Object.keys(LABELS) as PackageView[]).map((option) => (
        <label key={option} className="view-option">
          <input type="radio" name={name} checked={view === option} onChange={() => onView(option)} />
          {LABELS[option]} <span className="view-count">{counts[option].toLocaleString('en')}</span>
        </label>
      ))}
    </fieldset>
  )
}
