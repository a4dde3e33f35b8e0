import { Download, FileUp, Pencil } from 'lucide-react'
import { useRef, type ChangeEvent } from 'react'

/** Edit (or discard the edit in progress), import a YAML file, download the document. */
export function BuildConfigToolbar({
  editing,
  onEdit,
  onDiscard,
  onImport,
  onDownload,
}: {
  /** an edit is in progress */
  editing: boolean
  onEdit: () => void
  onDiscard: () => void
  onImport: (file: File) => void
  onDownload: () => void
}) {
  const fileInput = useRef<HTMLInputElement>(null)

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file) onImport(file)
  }

  return (
    <div className="toolbar">
      {editing ? (
        <button type="button" className="button" onClick={onDiscard}>
          Discard changes
        </button>
      ) : (
        <button type="button" className="button primary" onClick={onEdit}>
          <Pencil size={14} aria-hidden /> Edit
        </button>
      )}
      <button type="button" className="button" onClick={() => fileInput.current?.click()}>
        <FileUp size={14} aria-hidden /> Import
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml,text/plain"
        hidden
        aria-label="Import a YAML file"
        onChange={pick}
      />
      <button type="button" className="button" onClick={onDownload}>
        <Download size={14} aria-hidden /> Download
      </button>
    </div>
  )
}
