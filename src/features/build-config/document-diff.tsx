import { Suspense, useMemo } from 'react'
import { lineDiff } from '../../domain/line-diff'
import { FallbackBoundary } from '../../ui/fallback-boundary'
import { useIsDark } from '../../ui/theme'
import { YamlDiff } from './yaml-diff-code'
import './build-config.css'

/** The saved and the edited document side by side in Monaco; as `build edit` prints it if Monaco cannot load. */
export function DocumentDiff({ before, after }: { before: string; after: string }) {
  const dark = useIsDark()
  return (
    <div className="editor-frame diff-frame">
      <FallbackBoundary fallback={<PlainDiff before={before} after={after} />}>
        <Suspense fallback={<p className="muted">Loading the diff…</p>}>
          <YamlDiff original={before} modified={after} dark={dark} />
        </Suspense>
      </FallbackBoundary>
    </div>
  )
}

/** The change as `build edit` prints it, for when the diff editor cannot load. */
function PlainDiff({ before, after }: { before: string; after: string }) {
  const lines = useMemo(() => lineDiff(before, after), [before, after])
  return (
    <pre className="yaml-view plain-diff" aria-label="Changes">
      {lines.map((line, index) => (
        <span key={index} className={line.kind === '+' ? 'added' : line.kind === '-' ? 'removed' : undefined}>
          {`${line.kind} ${line.text}\n`}
        </span>
      ))}
    </pre>
  )
}
