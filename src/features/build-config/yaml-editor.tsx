import Editor, { DiffEditor, loader, type Monaco } from '@monaco-editor/react'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { monaco } from './monaco'
import type { PackageInfo } from './yaml-hover'
import { registerYamlLanguage, type PackageCatalogue } from './yaml-language'

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
  const catalogue = useRef<PackageCatalogue>({ list: packages, byName: new Map() })
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
        registerYamlLanguage(instance, editor, catalogue)
        tokenizeAsTyped(editor)
      }}
    />
  )
}

const NO_PACKAGES: readonly PackageInfo[] = []

/** What Monaco's models have at run time but leave out of their published type. */
interface Tokenized {
  tokenization?: { forceTokenization?: (lineNumber: number) => void }
}

/**
 * Monaco indents a new line after `environment:` only when the lines up to the cursor are
 * tokenized, which it does in the page's idle time: on a busy machine, Enter would keep the
 * indentation of the line instead. A build config is a few dozen lines, so they are tokenized up to
 * the cursor as they are typed.
 */
function tokenizeAsTyped(editor: monaco.editor.IStandaloneCodeEditor) {
  editor.onDidChangeModelContent(() => {
    const model = editor.getModel() as (monaco.editor.ITextModel & Tokenized) | null
    const line = editor.getPosition()?.lineNumber
    if (model && line) model.tokenization?.forceTokenization?.(line)
  })
}

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
