import type { RefObject } from 'react'
import { Dialog } from './dialog'
import {
  isSingleKey,
  setSingleKeyShortcuts,
  useShortcutGroups,
  useSingleKeyShortcuts,
  type Shortcut,
} from './shortcuts'
import './shortcut-help.css'

/**
 * "Keyboard shortcuts": every shortcut of the screen as it is, grouped by the part that offers it,
 * and the choice to turn single-key shortcuts off (they can get in the way of speech input).
 */
export default function ShortcutHelp({
  open,
  onOpenChange,
  returnFocus,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  returnFocus: RefObject<HTMLElement | null>
}) {
  const groups = useShortcutGroups()
  const singleKeys = useSingleKeyShortcuts()
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Keyboard shortcuts"
      width={480}
      returnFocus={returnFocus}
    >
      {groups.map(({ group, shortcuts }) => (
        <section key={group} className="shortcut-group" aria-labelledby={`shortcuts-${slug(group)}`}>
          <h3 id={`shortcuts-${slug(group)}`}>{group}</h3>
          <dl className="shortcut-list">
            {shortcuts.map((shortcut) => (
              <div key={`${shortcut.withCtrl ? 'ctrl' : ''}${shortcut.key}`} className="shortcut">
                <dt>
                  <Keys shortcut={shortcut} />
                </dt>
                <dd>
                  {shortcut.description}
                  {isSingleKey(shortcut) && !singleKeys && <span className="muted"> (off)</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <label className="shortcut-setting">
        <input
          type="checkbox"
          checked={singleKeys}
          onChange={(event) => setSingleKeyShortcuts(event.target.checked)}
        />
        <span>
          Single-key shortcuts
          <span className="muted">
            {' '}
            — keys without Ctrl, such as / and ?, never while typing in a field. Turn them off when they get
            in the way, for example of speech input; the choice is kept on this device. This list stays one
            click away: “Keyboard shortcuts” in the top bar.
          </span>
        </span>
      </label>
    </Dialog>
  )
}

function Keys({ shortcut }: { shortcut: Shortcut }) {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key
  if (!shortcut.withCtrl) return <kbd>{key}</kbd>
  return (
    <>
      <kbd>Ctrl</kbd> or <kbd>⌘</kbd> + <kbd>{key}</kbd>
    </>
  )
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-')
