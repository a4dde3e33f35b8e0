import { annotationKeyError } from '../../domain/build-config-annotations'
import { environmentNameError } from '../../domain/build-config-environment'
import type { OverlayDoc } from '../../domain/build-config-rules'
import { CertificateForm } from './certificate-form'
import { KeyValueForm } from './key-value-form'
import './overlay-forms.css'

/**
 * Tables beside the YAML for environment, annotations and certificates. Each change gives a new
 * overlay, which the tab writes back into the document, so the two never disagree.
 */
export function OverlayForms({
  overlay,
  onChange,
}: {
  overlay: OverlayDoc
  onChange: (next: OverlayDoc) => void
}) {
  const certificates = overlay.certificates?.additional ?? []
  return (
    <div className="overlay-forms">
      <KeyValueForm
        title="Environment"
        keyLabel="Name"
        addLabel="Add variable"
        entries={overlay.environment ?? {}}
        keyError={environmentNameError}
        onChange={(environment) => onChange(withSection(overlay, 'environment', environment))}
      />
      <KeyValueForm
        title="Annotations"
        keyLabel="Key"
        addLabel="Add annotation"
        entries={overlay.annotations ?? {}}
        keyError={annotationKeyError}
        onChange={(annotations) => onChange(withSection(overlay, 'annotations', annotations))}
      />
      <CertificateForm
        names={certificates.map((entry) => entry.name)}
        onRemove={(name) =>
          onChange(
            withSection(overlay, 'certificates', {
              additional: certificates.filter((entry) => entry.name !== name),
            }),
          )
        }
        onAdd={(entry) =>
          onChange(withSection(overlay, 'certificates', { additional: [...certificates, entry] }))
        }
      />
    </div>
  )
}

/** The overlay with one section replaced; a section left empty is dropped. */
function withSection<K extends 'environment' | 'annotations' | 'certificates'>(
  overlay: OverlayDoc,
  key: K,
  value: OverlayDoc[K],
): OverlayDoc {
  const next = { ...overlay, [key]: value }
  const empty =
    value === undefined ||
    (key === 'certificates'
      ? !(value as OverlayDoc['certificates'])?.additional?.length
      : Object.keys(value as object).length === 0)
  if (empty) delete next[key]
  return next
}
