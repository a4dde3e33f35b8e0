import { shortDigest } from '../../domain/image'
import type { Version } from '../../domain/versions'
import { useUpdateSearchParams } from '../../ui/use-sort-param'

/**
 * Picks the version a section shows: one option per version (its tags), kept in the URL as
 * `?version=<tag>`. A digest named by the URL that no tag points at any more is offered too.
 */
export function VersionPicker({
  versions,
  chosen,
}: {
  versions: readonly Version[]
  chosen: Version | undefined
}) {
  const update = useUpdateSearchParams()
  const value = chosen ? (chosen.tags[0] ?? chosen.digest) : ''
  return (
    <label className="version-picker">
      <span>Version</span>
      <select
        className="input select"
        value={value}
        onChange={(event) => update({ version: event.target.value || null })}
      >
        {!chosen && <option value="">Choose a version</option>}
        {chosen && chosen.tags.length === 0 && (
          <option value={chosen.digest}>{shortDigest(chosen.digest)} (no tags)</option>
        )}
        {versions.map((version) => (
          <option key={version.digest} value={version.tags[0] ?? version.digest}>
            {version.tags.join(', ')}
          </option>
        ))}
      </select>
    </label>
  )
}
