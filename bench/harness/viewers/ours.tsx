import { MemoryRouter } from 'react-router'
import '../../../src/ui/styles.css'
import { LogViewer } from '../../../src/features/builds/log-viewer'
import { inputOf, typeInto, type Viewer } from '../viewer'

/**
 * The console's log viewer, as the log drawer mounts it (the drawer body is a flex column; the
 * viewer reads the URL for line permalinks, hence the router). Search: typing in "Search the log"
 * brings the first match into view as soon as it is found; the count ("1 of 17") completes after.
 */
export const viewer: Viewer = {
  render: (text, box) => (
    <MemoryRouter>
      <div className="drawer-body" style={box}>
        <LogViewer focusOnOpen text={text} label="Log of build huge-log" />
      </div>
    </MemoryRouter>
  ),
  linesShown: () => Boolean(document.querySelector('[role="log"] .log-line')),
  search(word) {
    typeInto(inputOf('input[aria-label="Search the log"]'), word)
    return {
      shown: () => Boolean(document.querySelector('[role="log"] mark.current')),
      // "1 of 5…" while the log is still searched
      counted: () => /^\d+ of \d+$/.test(document.querySelector('.log-count')?.textContent ?? ''),
    }
  },
  matchCount: () => document.querySelector('.log-count')?.textContent ?? '',
}
