import Editor, { DiffEditor, loader, type Monaco } from '@monaco-editor/react'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { monaco } from './monaco'
import { hoverAt, SECTION_DOCS, type PackageInfo } from './yaml-hover'

loader.config({ monaco })

export interface EditorMarker {
  message: string
  severity: 'error' | 'warning'
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

export interface YamlEditorProps {
  value: string
  onChange: (value: string) => void
  /** problems from the rules module, shown inline */
  markers: readonly EditorMarker[]
  /** the organization's packages: completed inside contents.packages, described on hover */
  packages?: readonly PackageInfo[]
  label: string
  dark: boolean
}

/**
 * The build config's YAML in Monaco, with the rules' markers inline, completion of section keys and
 * package names, and hover documentation of both.
 */
export default function YamlEditor({
  value,
  onChange,
  markers,
  packages = NO_PACKAGES,
  label,
  dark,
}: YamlEditorProps) {
  const monacoRef = useRef<Monaco | null>(null)
  const modelRef = useRef<monaco.editor.ITextModel | null>(null)
  const catalogue = useRef({ list: packages, byName: new Map<string, PackageInfo>() })
  useEffect(() => {
    catalogue.current = { list: packages, byName: new Map(packages.map((pkg) => [pkg.name, pkg])) }
  }, [packages])

  useEffect(() => {
    const instance = monacoRef.current
    const model = modelRef.current
    if (!instance || !model) return
    instance.editor.setModelMarkers(
      model,
      'build-config',
      markers.map((marker) => ({
        message: marker.message,
        severity:
          marker.severity === 'error' ? instance.MarkerSeverity.Error : instance.MarkerSeverity.Warning,
        startLineNumber: marker.line,
        startColumn: marker.column,
        endLineNumber: marker.endLine ?? marker.line,
        endColumn: marker.endColumn ?? model.getLineMaxColumn(marker.line),
      })),
    )
  }, [markers])

  return (
    <Editor
      height="100%"
      language="yaml"
      theme={dark ? 'vs-dark' : 'vs'}
      value={value}
      onChange={(next) => onChange(next ?? '')}
      options={{
        ariaLabel: label,
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        tabSize: 2,
        insertSpaces: true,
        automaticLayout: true,
        wordWrap: 'on',
      }}
      onMount={(editor, instance) => {
        monacoRef.current = instance
        modelRef.current = editor.getModel()
        const provider = instance.languages.registerCompletionItemProvider('yaml', {
          triggerCharacters: [' ', '-'],
          provideCompletionItems: (model: monaco.editor.ITextModel, position: monaco.Position) => {
            const word = model.getWordUntilPosition(position)
            const range = new instance.Range(
              position.lineNumber,
              word.startColumn,
              position.lineNumber,
              word.endColumn,
            )
            const line = model.getLineContent(position.lineNumber)
            const inList = /^\s*-\s*\S*$/.test(line.slice(0, position.column - 1))
            if (inList) {
              return {
                suggestions: catalogue.current.list.map((pkg) => ({
                  label: pkg.name,
                  kind: instance.languages.CompletionItemKind.Module,
                  detail: pkg.version,
                  documentation: pkg.description,
                  insertText: pkg.name,
                  range,
                })),
              }
            }
            return {
              suggestions: SECTION_KEYS.map(([key, detail, snippet]) => ({
                label: key,
                kind: instance.languages.CompletionItemKind.Property,
                detail,
                documentation: { value: SECTION_DOCS[key] ?? '' },
                insertText: snippet,
                insertTextRules: instance.languages.CompletionItemInsertTextRule.InsertAsSnippet,
                range,
              })),
            }
          },
        })
        const hover = instance.languages.registerHoverProvider('yaml', {
          provideHover: (model: monaco.editor.ITextModel, position: monaco.Position) => {
            if (model !== editor.getModel()) return null
            const found = hoverAt(model.getLinesContent(), position.lineNumber, position.column, (name) =>
              catalogue.current.byName.get(name),
            )
            if (!found) return null
            return {
              contents: [{ value: found.contents }],
              range: new instance.Range(
                position.lineNumber,
                found.startColumn,
                position.lineNumber,
                found.endColumn,
              ),
            }
          },
        })
        editor.onDidDispose(() => {
          provider.dispose()
          hover.dispose()
        })
      }}
    />
  )
}

const NO_PACKAGES: readonly PackageInfo[] = []

const SECTION_KEYS: ReadonlyArray<[key: string, detail: string, snippet: string]> = [
  ['contents', 'Packages added to the image', 'contents:\n  packages:\n    - $0'],
  ['environment', 'Environment variables', 'environment:\n  ${1:NAME}: "${2:value}"'],
  ['annotations', 'Image annotations', 'annotations:\n  ${1:com.example.key}: "${2:value}"'],
  [
    'certificates',
    'Extra CA certificates',
    'certificates:\n  additional:\n    - name: ${1:ca.crt}\n      content: |\n        $0',
  ],
]

/**
 * Saved and edited documents side by side. The wrapper would dispose the two models before the
 * diff widget (Monaco reports that as an error), so this keeps them and lets go in the right order:
 * detach the widget, then dispose the models.
 */
export function YamlDiff({
  original,
  modified,
  dark,
}: {
  original: string
  modified: string
  dark: boolean
}) {
  const mounted = useRef<monaco.editor.IStandaloneDiffEditor | null>(null)
  useLayoutEffect(
    () => () => {
      const editor = mounted.current
      if (!editor) return
      const model = editor.getModel()
      editor.setModel(null)
      model?.original.dispose()
      model?.modified.dispose()
    },
    [],
  )
  return (
    <DiffEditor
      height="100%"
      language="yaml"
      theme={dark ? 'vs-dark' : 'vs'}
      original={original}
      modified={modified}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={(editor) => {
        mounted.current = editor
        nameSide(editor.getOriginalEditor(), 'Saved build config')
        nameSide(editor.getModifiedEditor(), 'Edited build config')
      }}
      options={{ readOnly: true, renderSideBySide: true, minimap: { enabled: false }, automaticLayout: true }}
    />
  )
}

/**
 * Gives one side of the diff its accessible name, and keeps it: Monaco's diff editor drops its
 * `originalAriaLabel` / `modifiedAriaLabel` whenever it lays its sides out again.
 */
function nameSide(side: monaco.editor.ICodeEditor, label: string) {
  const apply = () => {
    if (side.getRawOptions().ariaLabel !== label) side.updateOptions({ ariaLabel: label })
  }
  apply()
  side.onDidChangeConfiguration(apply)
}
