import type { Monaco } from '@monaco-editor/react'
import type { monaco } from './monaco'
import { hoverAt, SECTION_DOCS, type PackageInfo } from './yaml-hover'

/** The organization's packages, as the editor completes and describes them. */
export interface PackageCatalogue {
  list: readonly PackageInfo[]
  byName: ReadonlyMap<string, PackageInfo>
}

/**
 * What the editor knows of the build config's YAML, for one editor and gone with it: completion of
 * the section keys (as snippets) and of package names inside a list, and hover documentation of
 * both. `catalogue` is read at each request, so the packages may arrive after the editor.
 */
export function registerYamlLanguage(
  instance: Monaco,
  editor: monaco.editor.IStandaloneCodeEditor,
  catalogue: { readonly current: PackageCatalogue },
) {
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
}

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
