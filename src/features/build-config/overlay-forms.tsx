import { Plus, Trash2 } from 'lucide-react'
import { useId, useState, type ChangeEvent, type FormEvent } from 'react'
import { annotationKeyError } from '../../domain/build-config-annotations'
import { certificateNameError } from '../../domain/build-config-certificates'
import { environmentNameError } from '../../domain/build-config-environment'
import type { OverlayDoc } from '../../domain/build-config-rules'
import { inspectCertificate } from '../../domain/certificates'

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

function KeyValueForm({
  title,
  keyLabel,
  addLabel,
  entries,
  keyError,
  onChange,
}: {
  title: string
  keyLabel: string
  addLabel: string
  entries: Record<string, string>
  keyError: (key: string) => string | undefined
  onChange: (next: Record<string, string>) => void
}) {
  const id = useId()
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const error = key
    ? (keyError(key) ?? (key in entries ? `this ${keyLabel.toLowerCase()} is already set above` : undefined))
    : undefined

  function add(event: FormEvent) {
    event.preventDefault()
    if (!key || error) return
    onChange({ ...entries, [key]: value })
    setKey('')
    setValue('')
  }

  return (
    <section className="card section" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      {Object.keys(entries).length > 0 && (
        <table className="table compact">
          <tbody>
            {Object.entries(entries).map(([name, current]) => (
              <tr key={name}>
                <td>
                  <code>{name}</code>
                </td>
                <td>
                  <code>{current}</code>
                </td>
                <td className="actions-cell">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${name}`}
                    onClick={() => {
                      const next = { ...entries }
                      delete next[name]
                      onChange(next)
                    }}
                  >
                    <Trash2 size={14} aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={add} aria-label={addLabel}>
        <input
          className="input"
          aria-label={`${title} ${keyLabel.toLowerCase()}`}
          placeholder={keyLabel}
          value={key}
          onChange={(event) => setKey(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <input
          className="input"
          aria-label={`${title} value`}
          placeholder="Value"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="button small" disabled={!key || Boolean(error)}>
          <Plus size={14} aria-hidden /> {addLabel}
        </button>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error.charAt(0).toUpperCase() + error.slice(1)}
          </p>
        )}
      </form>
    </section>
  )
}

function CertificateForm({
  names,
  onAdd,
  onRemove,
}: {
  names: readonly string[]
  onAdd: (entry: { name: string; content: string }) => void
  onRemove: (name: string) => void
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [content, setContent] = useState('')
  const nameError = name
    ? (certificateNameError(name) ??
      (names.includes(name) ? 'is already used by another certificate' : undefined))
    : undefined
  const checked = content.trim() ? inspectCertificate(name || 'certificate', content) : undefined
  const contentError = checked && 'error' in checked ? checked.error : undefined

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setContent(await file.text())
    if (!name) setName(file.name)
  }

  function add(event: FormEvent) {
    event.preventDefault()
    if (!name || nameError || !checked || contentError) return
    onAdd({ name, content: content.trim() + '\n' })
    setName('')
    setContent('')
  }

  return (
    <section className="card section" aria-label="Certificates">
      <h2 className="section-title">Certificates</h2>
      {names.length > 0 && (
        <ul className="tag-list">
          {names.map((entry) => (
            <li key={entry} className="chip">
              {entry}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${entry}`}
                onClick={() => onRemove(entry)}
              >
                <Trash2 size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="certificate-form" onSubmit={add} aria-label="Add certificate">
        <div className="field">
          <label htmlFor={`${id}-name`}>File name</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            placeholder="example-ca.crt"
            onChange={(event) => setName(event.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            autoComplete="off"
          />
          {nameError && (
            <p id={`${id}-name-error`} className="field-error">
              The name {nameError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-pem`}>PEM certificate</label>
          <textarea
            id={`${id}-pem`}
            className="input yaml-textarea small"
            rows={5}
            value={content}
            placeholder="-----BEGIN CERTIFICATE-----"
            onChange={(event) => setContent(event.target.value)}
            aria-invalid={contentError ? true : undefined}
            aria-describedby={contentError ? `${id}-pem-error` : undefined}
            spellCheck={false}
          />
          {contentError && (
            <p id={`${id}-pem-error`} className="field-error">
              {contentError}
            </p>
          )}
          {checked && 'info' in checked && (
            <p className="muted" style={{ margin: 0 }}>
              {checked.info.subject}, expires {checked.info.notAfter.slice(0, 10)}
              {checked.info.expired ? ' (expired)' : ''}
            </p>
          )}
        </div>
        <div className="inline-form">
          <label className="button small">
            Choose a .crt or .pem file
            <input type="file" accept=".crt,.pem,.cer,application/x-x509-ca-cert" hidden onChange={pick} />
          </label>
          <button
            type="submit"
            className="button small"
            disabled={!name || Boolean(nameError) || !checked || Boolean(contentError)}
          >
            <Plus size={14} aria-hidden /> Add certificate
          </button>
        </div>
      </form>
    </section>
  )
}
