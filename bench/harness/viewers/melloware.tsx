import { LazyLog } from '@melloware/react-logviewer'
import { inputOf, typeInto, type Viewer } from '../viewer'

/**
 * `@melloware/react-logviewer` (the maintained fork of react-lazylog) with `enableSearch`: typing in
 * its search bar searches every line and counts the matches (`17 matches`), but moves nothing;
 * Enter (its "search like a browser" navigation, on by default) scrolls to the first match and
 * highlights it. So its search is driven as a user does it: type the word, then press Enter once
 * the count is shown.
 */
export const viewer: Viewer = {
  render: (text, box) => (
    <div style={box}>
      <LazyLog text={text} enableSearch caseInsensitive height={box.height} extraLines={1} />
    </div>
  ),
  linesShown: () => Boolean(document.querySelector('.log-line')),
  search(word) {
    const input = inputOf('input[aria-label="Search Log"]')
    typeInto(input, word)
    const counted = () => /^[1-9]\d* (of \d+ )?match/.test(viewer.matchCount())
    let entered = false
    return {
      shown() {
        if (!entered) {
          if (!counted()) return false
          entered = true
          input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }))
          return false
        }
        return Boolean(document.querySelector('[class*="searchMatchHighlighted"]'))
      },
      counted,
    }
  },
  matchCount: () => document.querySelector('.react-lazylog-searchbar-matches')?.textContent ?? '',
}
