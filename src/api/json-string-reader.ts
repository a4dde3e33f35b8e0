/**
 * One string of a JSON answer, read while the answer is still arriving: a build's 25 MB log can be
 * shown from its first lines on, long before the whole answer has come and been parsed.
 *
 * The text is read piece by piece, as far as the structure goes (objects, lists, keys, other values
 * skipped whole), until the value at `path` starts; from there on, its characters are kept as they
 * come and decoded when asked for. The answer's full parse stays the one that counts: this reader
 * only gives a first look, and gives none (`failed`) at anything it cannot follow.
 */

const QUOTE = 34
const BACKSLASH = 92

/** Text waited on before the value starts; past this much the value is taken not to come soon. */
const PREFIX_MAX = 1_000_000

type Frame = { list: true; index: number } | { list: false; key: string | undefined; wantsKey: boolean }

export interface JsonStringReader {
  /** the next piece of the answer's text */
  push(piece: string): void
  /** characters of the value come but not yet decoded */
  readonly pending: number
  /** the value decoded so far; undefined until it has started (or when the reader failed) */
  value(): string | undefined
  /** the value has come whole */
  readonly done: boolean
  /** the text was not what the reader follows: no value from here on */
  readonly failed: boolean
}

/**
 * A reader of the string at `path` (keys and list positions from the top, ending with a key:
 * `['reports', 0, 'log']`) of a JSON text given in pieces.
 */
export function readJsonString(path: readonly (string | number)[]): JsonStringReader {
  const stack: Frame[] = []
  /** text not yet read, before the value */
  let before = ''
  let inValue = false
  /** the value's characters since the last decode (the first one starts at an escape's start) */
  let raw: string[] = []
  let pending = 0
  /** backslashes right at the end of what has come of the value */
  let trailingBackslashes = 0
  const decoded: string[] = []
  let joined: string | undefined
  let done = false
  let failed = false

  function atPath(): boolean {
    if (stack.length !== path.length) return false
    return stack.every((frame, depth) =>
      frame.list ? frame.index === path[depth] : !frame.wantsKey && frame.key === path[depth],
    )
  }

  /** the structure in `before`, up to the value's start or the end of what has come */
  function readStructure() {
    let at = 0
    const text = before
    while (at < text.length && !inValue && !failed) {
      const code = text.charCodeAt(at)
      const top = stack.at(-1)
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        at++
      } else if (code === 123 /* { */ || code === 91 /* [ */) {
        stack.push(code === 91 ? { list: true, index: 0 } : { list: false, key: undefined, wantsKey: true })
        at++
      } else if (code === 125 /* } */ || code === 93 /* ] */) {
        stack.pop()
        at++
      } else if (code === 44 /* , */) {
        if (top?.list) top.index++
        else if (top) top.wantsKey = true
        at++
      } else if (code === 58 /* : */) {
        if (top && !top.list) top.wantsKey = false
        at++
      } else if (code === QUOTE) {
        if (!top?.list && top?.wantsKey === false && atPath()) {
          inValue = true
          at++
          break
        }
        const end = stringEnd(text, at + 1)
        if (end === -1) break
        if (top && !top.list && top.wantsKey) {
          try {
            top.key = JSON.parse(text.slice(at, end + 1)) as string
          } catch {
            failed = true
          }
        }
        at = end + 1
      } else {
        // a number, true, false or null: up to the next delimiter
        let end = at
        while (end < text.length && !isDelimiter(text.charCodeAt(end))) end++
        if (end === text.length) break
        if (atPath()) failed = true
        at = end
      }
    }
    before = text.slice(at)
    if (inValue) {
      const rest = before
      before = ''
      if (rest) takeValue(rest)
    } else if (before.length > PREFIX_MAX) {
      failed = true
    }
  }

  /** more of the value's characters: kept, up to its closing quote */
  function takeValue(piece: string) {
    let end = -1
    for (let quote = piece.indexOf('"'); quote !== -1; quote = piece.indexOf('"', quote + 1)) {
      let run = 0
      while (quote - run - 1 >= 0 && piece.charCodeAt(quote - run - 1) === BACKSLASH) run++
      if (run === quote) run += trailingBackslashes
      if (run % 2 === 0) {
        end = quote
        break
      }
    }
    const kept = end === -1 ? piece : piece.slice(0, end)
    raw.push(kept)
    pending += kept.length
    let run = 0
    while (run < kept.length && kept.charCodeAt(kept.length - 1 - run) === BACKSLASH) run++
    trailingBackslashes = run === kept.length ? trailingBackslashes + run : run
    if (end !== -1) done = true
  }

  return {
    push(piece) {
      if (done || failed || !piece) return
      if (inValue) {
        takeValue(piece)
        return
      }
      before += piece
      readStructure()
    },
    get pending() {
      return pending
    },
    value() {
      if (failed || !inValue) return undefined
      if (pending) {
        const text = raw.join('')
        const cut = done ? text.length : escapeStart(text)
        try {
          decoded.push(JSON.parse(`"${text.slice(0, cut)}"`) as string)
        } catch {
          failed = true
          return undefined
        }
        raw = cut < text.length ? [text.slice(cut)] : []
        pending = text.length - cut
        joined = undefined
      }
      joined ??= decoded.join('')
      decoded.splice(0, decoded.length, joined)
      return joined
    },
    get done() {
      return done
    },
    get failed() {
      return failed
    },
  }
}

/** where a string that starts at `from` ends (its closing quote), or -1 when it has not yet */
function stringEnd(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let run = 0
    while (text.charCodeAt(quote - run - 1) === BACKSLASH) run++
    if (run % 2 === 0) return quote
  }
  return -1
}

/** where an escape that has not come whole starts at the end of `text` (else its length) */
function escapeStart(text: string): number {
  const end = text.length
  const last = text.lastIndexOf('\\')
  if (last === -1 || last < end - 6) return end
  let run = 1
  while (text.charCodeAt(last - run) === BACKSLASH) run++
  // an even run is escaped backslashes, whole
  if (run % 2 === 0) return end
  const length = text.charCodeAt(last + 1) === 117 /* u */ ? 6 : 2
  return end - last < length ? last : end
}

function isDelimiter(code: number): boolean {
  return code === 44 || code === 125 || code === 93 || code === 32 || code === 9 || code === 10 || code === 13
}
