import { Plus, Trash2 } from 'lucide-react'
import { useId, useState, type ChangeEvent, type FormEvent } from 'react'
import { certificateNameError } from '../../domain/build-config-certificates'
import { inspectCertificate } from '../../domain/certificates'
import './build-config.css'
import './overlay-forms.css'

/**
 * The certificates section: their names, each with a remove button, and a form to add one from
 * pasted PEM or a chosen file, the name and the certificate checked as they are typed.
 */
export function CertificateForm({
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
            <p className="muted certificate-summary">
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
