/**
 * Monaco, bundled from the npm package and loaded only with the editor: the editor core, the
 * features a YAML build config needs, YAML highlighting and the editor worker. Nothing is fetched
 * from a CDN. `monaco-editor/features/register.all` would add every feature (code lens, inlay hints,
 * rename, colour picker…) for about 16% more to download (gzip).
 */
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/codeEditor/register'
import 'monaco-editor/features/codicon/register'
import 'monaco-editor/features/comment/register'
import 'monaco-editor/features/contextmenu/register'
import 'monaco-editor/features/cursorUndo/register'
import 'monaco-editor/features/diffEditor/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/folding/register'
import 'monaco-editor/features/gotoError/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/indentation/register'
import 'monaco-editor/features/lineSelection/register'
import 'monaco-editor/features/linesOperations/register'
import 'monaco-editor/features/multicursor/register'
import 'monaco-editor/features/readOnlyMessage/register'
import 'monaco-editor/features/smartSelect/register'
import 'monaco-editor/features/snippet/register'
import 'monaco-editor/features/suggest/register'
// the completion widget itself (register.all brings it in through inline completions)
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'
import 'monaco-editor/features/toggleTabFocusMode/register'
import 'monaco-editor/features/tokenization/register'
import 'monaco-editor/features/unicodeHighlighter/register'
import 'monaco-editor/features/wordHighlighter/register'
import 'monaco-editor/features/wordOperations/register'
import 'monaco-editor/languages/definitions/yaml/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'

// Monaco starts its editor worker on first need, which for a build config is the review's diff:
// booting it then (about 150 ms) held the diff back. One starts with the editor instead, and is
// handed over when Monaco asks.
let started: Worker | undefined = new EditorWorker()
self.MonacoEnvironment = {
  getWorker: () => {
    const worker = started ?? new EditorWorker()
    started = undefined
    return worker
  },
}

export { monaco }
