import type { ReactNode } from 'react'

/** One log viewer as the harness drives it. */
export interface Viewer {
  /** the viewer showing `text`, filling a box of `box.width` × `box.height` px */
  render(text: string, box: { width: number; height: number }): ReactNode
  /** at least one line of the log is in the page */
  linesShown(): boolean
  /**
   * Types `word` into the viewer's own search box (all at once, as a paste) and returns two checks,
   * run once per frame: `shown` takes any further step the viewer needs and says when the first
   * match is shown, highlighted as the current one; `counted` says when the viewer shows its
   * complete count of matches.
   */
  search(word: string): { shown: () => boolean; counted: () => boolean }
  /** the viewer's own match count, as it shows it */
  matchCount(): string
}

/** Sets an input's value as typing does, so React's onChange sees it. */
export function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value)
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

export function inputOf(selector: string): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>(selector)
  if (!input) throw new Error(`no search box ${selector}`)
  return input
}
