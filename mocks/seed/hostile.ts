/**
 * The `hostile` scenario's data: text a registry could send that must be shown as text and never
 * run, never break a layout, never stall a screen. The real API could send anything in these
 * fields, so this seed writes names the console's own rules would refuse.
 */
import type { PlannedLog } from '../log-writer'
import type { SeedPackage } from './types'

/** Markup that runs if it ever reaches the DOM as HTML. */
export const HTML_PROBE = '<img src=x onerror=alert(1)>'
export const SCRIPT_PROBE = '<script>window.__pwned=1</script>'
/** U+202E RIGHT-TO-LEFT OVERRIDE: what follows reads backwards (`gnp.exe` shows as `exe.png`). */
export const RTL_OVERRIDE = '\u202Egnp.exe'
export const ARABIC = 'مرحبا بالعالم'
export const HEBREW = 'שלום עולם'
export const EMOJI = '🚀👩🏽‍💻🇺🇦'
/** zero-width space, zero-width joiner and a byte-order mark inside a word */
export const ZERO_WIDTH = 'zero\u200Bwidth\u200Djoin\uFEFFed'
/** colours, a window title (OSC 0), a hyperlink to `javascript:` (OSC 8), clear screen, cursor home */
const ANSI =
  '\u001b[31mred\u001b[0m \u001b[1;38;2;255;0;255mtruecolor\u001b[0m \u001b]0;window title\u0007' +
  '\u001b]8;;javascript:alert(1)\u0007a link\u001b]8;;\u0007 \u001b[2J\u001b[Hafter clear'
/** A line of a build log longer than anything a screen should draw at once. */
export const LONG_LINE_LENGTH = 1_000_000
/** The last words of the long line: visible only once the whole line is shown. */
export const LONG_LINE_END = 'end-of-the-long-line'

/** Images of the `hostile` scenario (in acme.com, next to the default ones). */
export const HOSTILE_IMAGES = {
  /** a created image (from nginx) whose name, description, tags and build config carry markup */
  markup: {
    name: HTML_PROBE,
    source: 'nginx',
    description: `${SCRIPT_PROBE} ${HTML_PROBE} ${ARABIC} ${HEBREW} ${EMOJI} ${ZERO_WIDTH}`,
    tags: [SCRIPT_PROBE, `latest-${EMOJI}`],
  },
  /** a created image (from redis) whose name mixes an RTL override, Hebrew, Arabic, emoji and a zero-width space */
  rtl: { name: `rtl-${RTL_OVERRIDE}-${HEBREW}-${ARABIC}-${EMOJI}\u200B`, source: 'redis' },
  /** a created image (from go) named with a script element: a slash, quotes and all */
  script: { name: SCRIPT_PROBE, source: 'go' },
} as const

/** Annotation and environment values of the markup image's build config. */
export const HOSTILE_OVERLAY = {
  annotations: {
    'com.example.html': HTML_PROBE,
    'com.example.script': SCRIPT_PROBE,
    'com.example.rtl': `${RTL_OVERRIDE} ${ARABIC} ${HEBREW}`,
    'com.example.emoji': `${EMOJI} ${ZERO_WIDTH}`,
    'com.example.ansi': '\u001b[31mred\u001b[0m',
  },
  environment: { NOTE: SCRIPT_PROBE },
}

/** Packages whose descriptions (and other shown fields) carry hostile text; names stay apk names. */
export const hostilePackages: readonly SeedPackage[] = [
  pkg('hostile-html', `${HTML_PROBE} renders as text`),
  pkg('hostile-script', `${SCRIPT_PROBE} stays a string`),
  pkg('hostile-rtl', `${RTL_OVERRIDE} ${ARABIC} ${HEBREW}`),
  pkg('hostile-emoji', `${EMOJI} ${ZERO_WIDTH}`),
  pkg('hostile-ansi', ANSI),
  pkg('hostile-long', `${'a very long description '.repeat(400)}${LONG_LINE_END}`),
]

function pkg(name: string, description: string): SeedPackage {
  return {
    name,
    version: '1.0.0',
    epoch: 0,
    description,
    license: `MIT ${HTML_PROBE}`,
    origin: name,
    archs: ['x86_64', 'aarch64'],
  }
}

/** The hostile lines a build of the markup image writes, after its ordinary opening lines. */
export const HOSTILE_LOG_LINES: ReadonlyArray<[level: string | null, message: string]> = [
  ['INFO', HTML_PROBE],
  ['WARN', SCRIPT_PROBE],
  ['INFO', ANSI],
  ['INFO', `${RTL_OVERRIDE} ${ARABIC} ${HEBREW}`],
  ['INFO', `${EMOJI} ${ZERO_WIDTH}`],
  [null, `<iframe src="javascript:alert(1)"></iframe> a raw line with no time`],
  ['INFO', `${'x'.repeat(LONG_LINE_LENGTH - LONG_LINE_END.length - 1)} ${LONG_LINE_END}`],
  ['ERROR', `${HTML_PROBE} ${SCRIPT_PROBE}`],
]

/** `log` with {@link HOSTILE_LOG_LINES} after its third line, at that line's time. */
export function withHostileLines(log: PlannedLog): PlannedLog {
  const lines = log.text.split('\n')
  const at = Math.min(3, lines.length)
  const time = log.times[at - 1] ?? log.times[0] ?? 0
  const stamp = new Date(time).toISOString()
  const extra = HOSTILE_LOG_LINES.map(([level, message]) =>
    level ? `${stamp}[${level}]${message}` : message,
  )
  const times = new Float64Array(log.times.length + extra.length)
  times.set(log.times.subarray(0, at), 0)
  times.fill(time, at, at + extra.length)
  times.set(log.times.subarray(at), at + extra.length)
  return { text: [...lines.slice(0, at), ...extra, ...lines.slice(at)].join('\n'), times }
}
