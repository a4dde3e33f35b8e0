import type { LineRange } from '../../routing/paths'

/** Longest part of a malformed line link quoted back to the reader. */
const QUOTE_MAX = 40

/**
 * What to tell the reader when the URL links to a line (`#L…`) that the log does not have: a line
 * past its end, or a link that names no line (`#Lfoo`). Undefined when the line is there, or the URL
 * links to no line.
 */
export function missingLineNotice(
  hash: string,
  selection: LineRange | undefined,
  lineCount: number,
  running: boolean,
): string | undefined {
  if (!hash.startsWith('#L') || (selection && selection.from <= lineCount)) return undefined
  const lines = `${lineCount.toLocaleString('en')} ${lineCount === 1 ? 'line' : 'lines'}`
  if (!selection) return `Line “${quote(hash.slice(2))}” does not exist: this log has ${lines}.`
  // as the gutter and the link write it
  const line = String(selection.from)
  return running
    ? `Line ${line} is not in the log yet: the build has written ${lines} so far.`
    : `Line ${line} does not exist: this log has ${lines}.`
}

function quote(written: string): string {
  let text = written
  try {
    text = decodeURIComponent(written)
  } catch {
    // shown as written
  }
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text
}
