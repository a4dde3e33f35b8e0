/**
 * Monaco, bundled from the npm package and loaded only with the editor: the editor core, its
 * features, YAML highlighting and the editor worker. Nothing is fetched from a CDN.
 */
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
}

export { monaco }
