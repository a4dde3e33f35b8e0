import { lazy, Suspense, useEffect } from 'react'
import { FallbackBoundary } from '../../ui/fallback-boundary'
import { useIsDark } from '../../ui/theme'
import { preloadDiff } from './yaml-diff-code'
import type { EditorMarker } from './yaml-editor'
import type { PackageInfo } from './yaml-hover'
import './build-config.css'

const YamlEditor = lazy(() => import('./yaml-editor'))

/**
 * The build config document to edit: Monaco once its chunk is in, a plain textarea while it loads,
 * and for good (with a word why) if it cannot load.
 */
export function DocumentEditor({
  value,
  onChange,
  markers,
  packages,
  label,
}: {
  value: string
  onChange: (value: string) => void
  markers: readonly EditorMarker[]
  packages: readonly PackageInfo[]
  label: string
}) {
  const dark = useIsDark()
  useEffect(preloadDiff, [])
  return (
    <div className="editor-frame">
      <FallbackBoundary
        fallback={
          <>
            <p className="muted editor-note" role="status">
              The editor could not load; edit the document as plain text.
            </p>
            <DraftTextarea value={value} onChange={onChange} label={label} />
          </>
        }
      >
        <Suspense
          fallback={
            <DraftTextarea
              value={value}
              onChange={onChange}
              label="Build config (plain text while the editor loads)"
            />
          }
        >
          <YamlEditor
            value={value}
            onChange={onChange}
            markers={markers}
            packages={packages}
            label={label}
            dark={dark}
          />
        </Suspense>
      </FallbackBoundary>
    </div>
  )
}

function DraftTextarea({
  value,
  onChange,
  label,
}: {
  value: string
  onChange: (value: string) => void
  label: string
}) {
  return (
    <textarea
      className="input yaml-textarea"
      aria-label={label}
      value={value}
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}
