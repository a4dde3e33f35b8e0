import { useId } from 'react'
import './target-choice.css'

type Target = 'current' | 'new'

/**
 * "Where to apply": the current image (everyone pulling it gets the change) or a new image, with
 * its name field and the name rule's message inline.
 */
export function TargetChoice({
  imageName,
  currentLabel,
  newLabel,
  target,
  onTarget,
  name,
  onName,
  nameError,
}: {
  imageName: string
  currentLabel: string
  newLabel: string
  target: Target
  onTarget: (target: Target) => void
  name: string
  onName: (name: string) => void
  /** shown once something is typed */
  nameError: string | null
}) {
  const id = useId()
  const error = name ? nameError : null
  return (
    <fieldset className="target">
      <legend>Where to apply</legend>
      <label className="target-option">
        <input type="radio" name={id} checked={target === 'current'} onChange={() => onTarget('current')} />
        <span>
          {currentLabel}
          <span className="muted"> — everyone pulling {imageName} gets the change.</span>
        </span>
      </label>
      <label className="target-option">
        <input type="radio" name={id} checked={target === 'new'} onChange={() => onTarget('new')} />
        <span>{newLabel}</span>
      </label>
      {target === 'new' && (
        <div className="field">
          <label htmlFor={`${id}-name`}>New image name</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            onChange={(event) => onName(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            autoComplete="off"
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
    </fieldset>
  )
}
