import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { ORDER, PARTS, useDrawerPart, usePartLink, type DrawerPart } from './drawer-part'
import './drawer-parts.css'

/**
 * The drawer's parts as tabs: "Log" (kept mounted while hidden, so its search and scroll stay),
 * "Details" and "Changes". Arrow keys, Home and End move between the tabs. When something other
 * than the tabs shows a part (a link in the log's explanation), focus moves to that part, unless
 * something in it took the focus already.
 */
export function DrawerParts({ panels }: { panels: Record<DrawerPart, ReactNode> }) {
  const part = useDrawerPart()
  const link = usePartLink()
  const navigate = useNavigate()
  const id = useId()
  const tablist = useRef<HTMLDivElement>(null)
  const panelElements = useRef(new Map<DrawerPart, HTMLElement>())

  const shown = useRef(part)
  useEffect(() => {
    if (shown.current === part) return
    shown.current = part
    const panel = panelElements.current.get(part)
    // not from the tabs, nor into a part that has just taken the focus itself (the log's search)
    if (!tablist.current?.contains(document.activeElement) && !panel?.contains(document.activeElement))
      panel?.focus()
  }, [part])

  function show(next: DrawerPart) {
    const { to, ...options } = link(next)
    void navigate(to, options)
  }

  function onKeyDown(event: KeyboardEvent) {
    const at = ORDER.indexOf(part)
    const next =
      event.key === 'ArrowRight'
        ? ORDER[(at + 1) % ORDER.length]
        : event.key === 'ArrowLeft'
          ? ORDER[(at - 1 + ORDER.length) % ORDER.length]
          : event.key === 'Home'
            ? ORDER[0]
            : event.key === 'End'
              ? ORDER.at(-1)
              : undefined
    if (!next) return
    event.preventDefault()
    show(next)
    tablist.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${next}-tab`)}`)?.focus()
  }

  return (
    <>
      <div ref={tablist} className="drawer-parts" role="tablist" aria-label="Build">
        {ORDER.map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-${key}-tab`}
            aria-selected={key === part}
            aria-controls={`${id}-${key}`}
            tabIndex={key === part ? 0 : -1}
            onClick={() => show(key)}
            onKeyDown={onKeyDown}
          >
            {PARTS[key]}
          </button>
        ))}
      </div>
      {ORDER.map((key) => (
        <div
          key={key}
          ref={(element) => {
            if (element) panelElements.current.set(key, element)
            else panelElements.current.delete(key)
          }}
          id={`${id}-${key}`}
          role="tabpanel"
          aria-labelledby={`${id}-${key}-tab`}
          className={`drawer-part drawer-part-${key}`}
          hidden={key !== part}
          // the log's own region takes focus; the other parts are read, and scrolled, as a whole
          tabIndex={key === 'log' ? -1 : 0}
        >
          {key === 'log' || key === part ? panels[key] : null}
        </div>
      ))}
    </>
  )
}
