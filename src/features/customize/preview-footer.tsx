/** The select step's footer: "Preview Changes", and while it waits, why (which describes the button). */
export function PreviewFooter({
  blocker,
  onPreview,
}: {
  blocker: string | false | null
  onPreview: () => void
}) {
  return (
    <div className="dialog-footer customize-footer">
      {blocker && (
        <span id="preview-blocker" className="muted preview-blocker">
          {blocker}
        </span>
      )}
      <button
        type="button"
        className="button primary"
        disabled={Boolean(blocker)}
        aria-describedby={blocker ? 'preview-blocker' : undefined}
        onClick={onPreview}
      >
        Preview Changes
      </button>
    </div>
  )
}
