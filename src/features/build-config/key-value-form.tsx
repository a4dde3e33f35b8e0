import { Plus, Trash2 } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import './build-config.css'
import './overlay-forms.css'

/**
 * A section of names and values (environment, annotations): the entries with a remove button each,
 * and a row to add one, its key checked by the section's rule and against the keys already set.
 */
export function KeyValueForm({
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
