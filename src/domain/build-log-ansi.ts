/**
 * ANSI escape sequences in build log messages: strip them, or turn SGR colour codes into styled spans.
 * Pure logic: no React, no DOM.
 */

interface AnsiStyle {
  fg?: string
  bg?: string
  bold?: boolean
  dim?: boolean
  italic?: boolean
  underline?: boolean
}

export interface AnsiSpan extends AnsiStyle {
  text: string
}

/**
 * Every escape sequence: CSI (`ESC [ params intermediates final`, groups 1–3, possibly cut off at the end),
 * string sequences (OSC, DCS, SOS, PM, APC) ended by BEL, ESC \ or the next ESC, other two- or three-byte
 * escapes (`ESC 7`, `ESC ( B`) and a lone ESC.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE = /\x1b(?:\[([0-?]*)([ -/]*)([@-~]|$)|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~]|)/g
const SGR_PARAMS = /^[\d;:]*$/

/** The 16 basic colours: 30–37 / 40–47 are these, 90–97 / 100–107 their 'bright-' versions. */
const BASIC_COLORS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white']
/** xterm's default RGB values of the 16 basic colours, for 256-colour codes 0–15. */
const XTERM_16 = [
  '#000000',
  '#cd0000',
  '#00cd00',
  '#cdcd00',
  '#0000ee',
  '#cd00cd',
  '#00cdcd',
  '#e5e5e5',
  '#7f7f7f',
  '#ff0000',
  '#00ff00',
  '#ffff00',
  '#5c5cff',
  '#ff00ff',
  '#00ffff',
  '#ffffff',
]
const CUBE_LEVELS = [0, 95, 135, 175, 215, 255]

/** The text without escape sequences; the same string when there are none, so most lines cost no memory. */
export function stripAnsi(value: string): string {
  return value.includes('\x1b') ? value.replace(ESCAPE, '') : value
}

/**
 * SGR codes become styles, every other escape sequence is dropped. The span texts joined equal
 * `stripAnsi(message)`; adjacent text with the same style is one span and no span is empty.
 */
export function ansiSpans(message: string): AnsiSpan[] {
  const spans: AnsiSpan[] = []
  let style: AnsiStyle = {}
  const add = (text: string) => {
    if (!text) return
    const last = spans.at(-1)
    if (last && sameStyle(last, style)) last.text += text
    else spans.push({ text, ...style })
  }
  let end = 0
  if (message.includes('\x1b')) {
    for (const match of message.matchAll(ESCAPE)) {
      add(message.slice(end, match.index))
      end = match.index + match[0].length
      const [, params, intermediates, final] = match
      if (final === 'm' && intermediates === '' && params !== undefined && SGR_PARAMS.test(params)) {
        style = applySgr(style, params)
      }
    }
  }
  add(message.slice(end))
  return spans
}

function sameStyle(a: AnsiStyle, b: AnsiStyle): boolean {
  return (
    a.fg === b.fg &&
    a.bg === b.bg &&
    a.bold === b.bold &&
    a.dim === b.dim &&
    a.italic === b.italic &&
    a.underline === b.underline
  )
}

/** The style after one SGR sequence (`params` is what sits between `ESC [` and `m`). */
function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  let style: AnsiStyle = { ...current }
  const codes = params.split(';')
  for (let i = 0; i < codes.length; i++) {
    const part = codes[i] ?? ''
    if (part.includes(':')) {
      applyColonForm(style, part.split(':'))
      continue
    }
    const code = Number(part) // '' is 0
    if (code === 38 || code === 48) {
      const { color, used } = extendedColor(codes.slice(i + 1))
      if (color) style[code === 38 ? 'fg' : 'bg'] = color
      i += used
    } else if (code === 0) style = {}
    else if (code === 1) style.bold = true
    else if (code === 2) style.dim = true
    else if (code === 3) style.italic = true
    else if (code === 4) style.underline = true
    else if (code === 22) {
      delete style.bold
      delete style.dim
    } else if (code === 23) delete style.italic
    else if (code === 24) delete style.underline
    else if (code === 39) delete style.fg
    else if (code === 49) delete style.bg
    else if (code >= 30 && code <= 37) style.fg = BASIC_COLORS[code - 30]
    else if (code >= 40 && code <= 47) style.bg = BASIC_COLORS[code - 40]
    else if (code >= 90 && code <= 97) style.fg = `bright-${BASIC_COLORS[code - 90]}`
    else if (code >= 100 && code <= 107) style.bg = `bright-${BASIC_COLORS[code - 100]}`
    // anything else (blink, inverse, strike-through, …) has no style here
  }
  return style
}

/** `38:5:n`, `38:2:r:g:b`, `38:2:colorspace:r:g:b` (and 48), and `4:n` underline styles. */
function applyColonForm(style: AnsiStyle, parts: string[]) {
  const [code, ...rest] = parts
  if (code === '38' || code === '48') {
    const args = rest[0] === '2' && rest.length >= 5 ? ['2', ...rest.slice(-3)] : rest
    const { color } = extendedColor(args)
    if (color) style[code === '38' ? 'fg' : 'bg'] = color
  } else if (code === '4') {
    if (Number(rest[0] ?? '1') === 0) delete style.underline
    else style.underline = true
  }
}

/** The colour after 38 or 48: `5;n` (256 colours) or `2;r;g;b` (truecolour); `used`: the args it took. */
function extendedColor(args: string[]): { color?: string; used: number } {
  const [mode, ...values] = args
  if (mode === '5') {
    const n = toByte(values[0])
    return { color: n === undefined ? undefined : color256(n), used: Math.min(2, args.length) }
  }
  if (mode === '2') {
    const [r, g, b] = values.slice(0, 3).map(toByte)
    const color = r === undefined || g === undefined || b === undefined ? undefined : hex(r, g, b)
    return { color, used: Math.min(4, args.length) }
  }
  return { used: mode === undefined ? 0 : 1 }
}

function toByte(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  return Number.isInteger(n) && n >= 0 && n <= 255 ? n : undefined
}

function color256(n: number): string {
  if (n < 16) return XTERM_16[n] ?? '#000000'
  if (n >= 232) {
    const gray = 8 + (n - 232) * 10
    return hex(gray, gray, gray)
  }
  const cube = n - 16
  const level = (index: number) => CUBE_LEVELS[index] ?? 0
  return hex(level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6))
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}
