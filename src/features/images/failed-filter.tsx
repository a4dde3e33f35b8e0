import './failed-filter.css'

/** "Only images with failed builds": a checkbox the images list keeps in the URL (`?failed=1`). */
export function FailedFilter({
  checked,
  onChange,
}: {
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <label className="failed-filter">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      Only images with failed builds
    </label>
  )
}
