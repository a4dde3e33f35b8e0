import { shortDigest } from '../domain/image'
import type { Version } from '../domain/versions'
import { UrlSelect } from './url-select'
import { useUpdateSearchParams } from './use-sort-param'
import './version-picker.css'

/**
 * Picks a version of the image: one option per version (its tags), kept in the URL as
 * `?<param>=<tag>` (replacing the entry, as every filter of a page does). A digest named by the URL
 * that no tag points at any more is offered too.
 */
export function VersionPicker({
  label,
  param,
  versions,
  chosen,
}: {
  label: string
  param: string
  versions: readonly Version[]
  chosen: Version | undefined
}) {
  const update = useUpdateSearchParams()
  const value = chosen ? (chosen.tags[0] ?? chosen.digest) : ''
  return (
    <label className="version-picker">
      <span>{label}</span>
      <UrlSelect value={value} onChange={(picked) => update({ [param]: picked || null })}>
        {!chosen && <option value="">Choose a version</option>}
        {chosen && chosen.tags.length === 0 && (
          <option value={chosen.digest}>{shortDigest(chosen.digest)} (no tags)</option>
        )}
        {versions.map((version) => (
          <option key={version.digest} value={version.tags[0] ?? version.digest}>
            {version.tags.join(', ')}
          </option>
        ))}
      </UrlSelect>
    </label>
  )
}
