import '@patternfly/react-core/dist/styles/base.css'
import { Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core'
import { LogViewer, LogViewerSearch } from '@patternfly/react-log-viewer'
import { inputOf, typeInto, type Viewer } from '../viewer'

/** PatternFly's toolbar, above the log, is about this tall; the log gets the rest of the box. */
const TOOLBAR = 64

/**
 * `@patternfly/react-log-viewer` with its documented search: `LogViewerSearch` in the viewer's
 * toolbar. Typing searches every line, counts the matches (`1 / 17`) and scrolls to the first one,
 * marked `pf-m-current`. Lines are not wrapped, as in the console's viewer by default.
 */
export const viewer: Viewer = {
  render: (text, box) => (
    <div style={box}>
      <LogViewer
        data={text}
        hasLineNumbers
        isTextWrapped={false}
        height={box.height - TOOLBAR}
        toolbar={
          <Toolbar>
            <ToolbarContent>
              <ToolbarItem>
                <LogViewerSearch placeholder="Search" minSearchChars={1} />
              </ToolbarItem>
            </ToolbarContent>
          </Toolbar>
        }
      />
    </div>
  ),
  linesShown: () => Boolean(document.querySelector('.pf-v6-c-log-viewer__list-item')),
  search(word) {
    typeInto(inputOf('.pf-v6-c-log-viewer__header input'), word)
    const counted = () => /\d/.test(viewer.matchCount())
    return {
      shown: () => Boolean(document.querySelector('.pf-v6-c-log-viewer__string.pf-m-current')),
      counted,
    }
  },
  matchCount: () => document.querySelector('.pf-v6-c-log-viewer__header .pf-v6-c-badge')?.textContent ?? '',
}
