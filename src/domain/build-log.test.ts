import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ansiSpans,
  errorLines,
  explainFailure,
  formatLine,
  formatOffset,
  parseLog,
  parseLogChunk,
  searchLog,
  stripAnsi,
  type LogLine,
} from './build-log'

const T0 = '2026-11-23T12:00:00.000Z'
const at = (time: string) => Date.parse(time)

/** A log of `${T0}[LEVEL]message` lines, one second apart. */
function log(...entries: Array<[level: string, message: string] | string>): string {
  return entries
    .map((entry, index) => {
      if (typeof entry === 'string') return entry
      const time = new Date(at(T0) + index * 1000).toISOString()
      return `${time}[${entry[0]}]${entry[1]}`
    })
    .join('\n')
}

function only(raw: string): LogLine {
  const lines = parseLog(raw)
  expect(lines).toHaveLength(1)
  return lines[0] as LogLine
}

describe('parseLog', () => {
  it('reads time, level and message of a line', () => {
    const line = only('2026-11-23T12:00:01.250Z[INFO]resolving 42 packages for architectures x86_64, aarch64')
    expect(line).toEqual({
      number: 1,
      time: at('2026-11-23T12:00:01.250Z'),
      timeText: '2026-11-23T12:00:01.250Z',
      level: 'INFO',
      message: 'resolving 42 packages for architectures x86_64, aarch64',
      text: 'resolving 42 packages for architectures x86_64, aarch64',
      severity: 'info',
    })
  })

  it('numbers lines from 1', () => {
    const lines = parseLog(log(['INFO', 'a'], 'plain', ['ERROR', 'c']))
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3])
  })

  it.each([
    ['DEBUG', 'DEBUG', 'debug'],
    ['INFO', 'INFO', 'info'],
    ['WARN', 'WARN', 'warn'],
    ['WARNING', 'WARNING', 'warn'],
    ['ERROR', 'ERROR', 'error'],
    ['FATAL', 'FATAL', 'error'],
    ['error', 'ERROR', 'error'],
    ['Warning', 'WARNING', 'warn'],
    ['debug', 'DEBUG', 'debug'],
    ['TRACE', 'TRACE', 'info'],
    ['notice', 'NOTICE', 'info'],
  ])('reads [%s] as level %s with severity %s', (written, level, severity) => {
    const line = only(`${T0}[${written}]message`)
    expect(line.level).toBe(level)
    expect(line.severity).toBe(severity)
    expect(line.message).toBe('message')
  })

  it('keeps a line without a time as a raw line', () => {
    const line = only('  fetching https://apk.cgr.dev/chainguard/x86_64/APKINDEX.tar.gz')
    expect(line).toEqual({
      number: 1,
      message: '  fetching https://apk.cgr.dev/chainguard/x86_64/APKINDEX.tar.gz',
      text: '  fetching https://apk.cgr.dev/chainguard/x86_64/APKINDEX.tar.gz',
      severity: 'raw',
    })
    expect(line.time).toBeUndefined()
    expect(line.timeText).toBeUndefined()
    expect(line.level).toBeUndefined()
  })

  it.each([
    ['an impossible time', '2026-13-45T99:00:00Z[INFO]x'],
    ['month 13', '2026-13-01T12:00:00Z[INFO]x'],
    ['month 0', '2026-00-01T12:00:00Z[INFO]x'],
    ['day 0', '2026-11-00T12:00:00Z[INFO]x'],
    ['31 November', '2026-11-31T12:00:00Z[INFO]x'],
    ['30 February', '2026-02-30T12:00:00Z[INFO]x'],
    ['29 February of a common year', '2026-02-29T12:00:00Z[INFO]x'],
    ['29 February 2100', '2100-02-29T12:00:00Z[INFO]x'],
    ['hour 24', '2026-11-23T24:00:00Z[INFO]x'],
    ['minute 60', '2026-11-23T12:60:00Z[INFO]x'],
    ['second 61', '2026-11-23T12:00:61Z[INFO]x'],
    ['no zone', '2026-11-23T12:00:00[INFO]x'],
    ['a zone without colon', '2026-11-23T12:00:00+0200[INFO]x'],
    ['offset hour 24', '2026-11-23T12:00:00+24:00[INFO]x'],
    ['offset minute 60', '2026-11-23T12:00:00+01:60[INFO]x'],
    ['a fraction without digits', '2026-11-23T12:00:00.Z[INFO]x'],
    ['a date only', '2026-11-23[INFO]x'],
    ['a two-digit year', '26-11-23T12:00:00Z[INFO]x'],
    ['another separator', '2026-11-23_12:00:00Z[INFO]x'],
    ['a space before the level', `${T0} [INFO]x`],
    ['no level', `${T0}x`],
    ['an empty level', `${T0}[]x`],
    ['a level that is not a word', `${T0}[x86_64] fetching`],
    ['an unclosed level', `${T0}[INFO fetching`],
    ['a time later in the line', `x ${T0}[INFO]x`],
  ])('keeps a line with %s as a raw line', (_, raw) => {
    const line = only(raw)
    expect(line.severity).toBe('raw')
    expect(line.message).toBe(raw)
    expect(line.text).toBe(raw)
    expect(line.level).toBeUndefined()
    expect(line.time).toBeUndefined()
  })

  it.each([
    ['2026-11-23T14:00:00+02:00', '2026-11-23T12:00:00Z'],
    ['2026-11-23T06:30:00-05:30', '2026-11-23T12:00:00Z'],
    ['2026-11-23T12:00:00-00:00', '2026-11-23T12:00:00Z'],
    ['2026-11-23t12:00:00z', '2026-11-23T12:00:00Z'],
    ['2026-11-23 12:00:00Z', '2026-11-23T12:00:00Z'],
    ['2026-11-23T12:00:00.1Z', '2026-11-23T12:00:00.100Z'],
    ['2026-11-23T12:00:00.25Z', '2026-11-23T12:00:00.250Z'],
    ['2026-11-23T12:00:00.123456789Z', '2026-11-23T12:00:00.123Z'],
    ['2026-11-24T00:30:00.5+01:00', '2026-11-23T23:30:00.500Z'],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00Z'],
    ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00Z'],
    ['1969-12-31T23:59:59Z', '1969-12-31T23:59:59Z'],
    ['2026-12-31T23:59:60Z', '2027-01-01T00:00:00Z'],
  ])('reads the RFC 3339 time %s as %s', (written, iso) => {
    const line = only(`${written}[INFO]x`)
    expect(line.time).toBe(at(iso))
    expect(line.timeText).toBe(written)
  })

  it('reads years before 100 as they are written', () => {
    const expected = new Date(Date.UTC(2000, 0, 2, 3, 4, 5))
    expected.setUTCFullYear(50)
    expect(only('0050-01-02T03:04:05Z[INFO]x').time).toBe(expected.getTime())
  })

  it('keeps ANSI codes in the message and drops them from the text', () => {
    const line = only(`${T0}[ERROR]\x1b[1;31mfailed\x1b[0m to install \x1b[38;5;208mnodejs-22\x1b[m`)
    expect(line.message).toBe('\x1b[1;31mfailed\x1b[0m to install \x1b[38;5;208mnodejs-22\x1b[m')
    expect(line.text).toBe('failed to install nodejs-22')
    expect(line.severity).toBe('error')
  })

  it('reads a line whose colour codes come before the time as raw', () => {
    const line = only(`\x1b[2m${T0}[INFO]x\x1b[0m`)
    expect(line.severity).toBe('raw')
    expect(line.text).toBe(`${T0}[INFO]x`)
  })

  it('splits on CRLF, LF and lone CR', () => {
    const lines = parseLog(`a\r\nb\nc\rd\r\n\r\ne`)
    expect(lines.map((line) => line.message)).toEqual(['a', 'b', 'c', 'd', '', 'e'])
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('parses CRLF logs without leaving CR in messages', () => {
    const lines = parseLog(`${log(['INFO', 'one'], ['ERROR', 'two'])}`.replace(/\n/g, '\r\n') + '\r\n')
    expect(lines.map((line) => [line.level, line.message])).toEqual([
      ['INFO', 'one'],
      ['ERROR', 'two'],
    ])
  })

  it('never reads a time and a level across a line break', () => {
    const lines = parseLog(`${T0}\n[INFO]x\r\n${T0}\r[INFO]y`)
    expect(lines.map((line) => [line.severity, line.message])).toEqual([
      ['raw', T0],
      ['raw', '[INFO]x'],
      ['raw', T0],
      ['raw', '[INFO]y'],
    ])
  })

  it('does not add a line for one trailing newline, but keeps empty lines before it', () => {
    expect(parseLog('a\n')).toHaveLength(1)
    expect(parseLog('a\r\n')).toHaveLength(1)
    expect(parseLog('a\r')).toHaveLength(1)
    expect(parseLog('a\n\n').map((line) => line.message)).toEqual(['a', ''])
    expect(parseLog('\n').map((line) => line.message)).toEqual([''])
  })

  it('returns no lines for an empty log', () => {
    expect(parseLog('')).toEqual([])
  })

  it('keeps tabs and spacing', () => {
    const line = only(`${T0}[INFO]\tname\t\tversion  `)
    expect(line.message).toBe('\tname\t\tversion  ')
    expect(line.text).toBe('\tname\t\tversion  ')
  })

  it('keeps HTML-looking text verbatim', () => {
    const html = '<script>alert(1)</script> &amp; <b>bold</b>'
    expect(only(`${T0}[WARN]${html}`).text).toBe(html)
    expect(only(html).text).toBe(html)
  })

  it('parses and searches a 100,000-character line', () => {
    const long = 'x'.repeat(50_000) + 'needle' + 'y'.repeat(49_994)
    const lines = parseLog(`${log(['INFO', 'before'])}\n${T0}[ERROR]${long}\n${log(['INFO', 'after'])}`)
    expect(lines).toHaveLength(3)
    expect(lines[1]?.text).toHaveLength(100_000)
    expect(lines[1]?.severity).toBe('error')
    expect(searchLog(lines, 'NEEDLE')).toEqual([{ line: 1, start: 50_000, end: 50_006 }])
    expect(only('z'.repeat(100_000)).text).toHaveLength(100_000)
  })

  it('parses and searches 200,000 lines quickly', () => {
    const start = at(T0)
    const rows: string[] = []
    for (let i = 0; i < 200_000; i++) {
      const time = new Date(start + i * 25).toISOString()
      if (i % 1000 === 999) rows.push(`${time}[ERROR]\x1b[31m[x86_64] installing pkg-${i} failed\x1b[0m`)
      else if (i % 500 === 0) rows.push(`    continued output ${i}`)
      else
        rows.push(
          `${time}[INFO][x86_64] fetching package-${i}-1.2.3-r0.apk from https://apk.cgr.dev/chainguard`,
        )
    }
    const raw = rows.join('\n')

    let began = performance.now()
    const lines = parseLog(raw)
    const parseMs = performance.now() - began
    began = performance.now()
    const matches = searchLog(lines, 'Installing')
    const searchMs = performance.now() - began

    expect(lines).toHaveLength(200_000)
    expect(matches).toHaveLength(200)
    expect(errorLines(lines)).toHaveLength(200)
    // Generous bounds so a busy machine does not fail the test; the targets are far lower (300 ms / 100 ms).
    expect(parseMs).toBeLessThan(2000)
    expect(searchMs).toBeLessThan(2000)
  })
})

describe('stripAnsi', () => {
  it.each([
    ['basic colours', '\x1b[31mred\x1b[0m', 'red'],
    ['bold and colour', '\x1b[1;32mok\x1b[0m', 'ok'],
    ['bright colours', '\x1b[91mhi\x1b[39m', 'hi'],
    ['256 colours', '\x1b[38;5;208morange\x1b[0m', 'orange'],
    ['truecolour', '\x1b[38;2;255;0;0mred\x1b[48;2;0;0;0m', 'red'],
    ['colon truecolour', '\x1b[38:2::255:0:0mred', 'red'],
    ['the short reset', 'a\x1b[mb', 'ab'],
    ['erase line', '\x1b[2Kprogress 50%', 'progress 50%'],
    ['cursor movement', 'a\x1b[1Ab\x1b[10;20Hc', 'abc'],
    ['private modes', '\x1b[?25lhidden cursor\x1b[?25h', 'hidden cursor'],
    ['OSC title ended by BEL', '\x1b]0;title\x07text', 'text'],
    ['OSC ended by ESC \\', 'a\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\b', 'alinkb'],
    ['an unterminated OSC', 'text\x1b]0;title', 'text'],
    ['an OSC cut short by another escape', '\x1b]0;title\x1b[31mred', 'red'],
    ['a CSI cut off at the end', 'text\x1b[31', 'text'],
    ['a lone ESC at the end', 'text\x1b', 'text'],
    ['a charset switch', '\x1b(Btext', 'text'],
    ['save and restore cursor', '\x1b7a\x1b8b', 'ab'],
    ['ESC before a non-ASCII character', 'a\x1bé', 'aé'],
  ])('drops %s', (_, value, expected) => {
    expect(stripAnsi(value)).toBe(expected)
  })

  it('leaves text without escapes alone, tabs and HTML included', () => {
    expect(stripAnsi('a\tb <i>c</i> [31m')).toBe('a\tb <i>c</i> [31m')
    expect(stripAnsi('')).toBe('')
  })
})

describe('ansiSpans', () => {
  it('returns the text as one unstyled span, and nothing for empty text', () => {
    expect(ansiSpans('plain <b>text</b>')).toEqual([{ text: 'plain <b>text</b>' }])
    expect(ansiSpans('')).toEqual([])
    expect(ansiSpans('\x1b[31m\x1b[0m')).toEqual([])
  })

  it('maps the basic and bright colours to names', () => {
    expect(ansiSpans('\x1b[30ma\x1b[37mb\x1b[41mc\x1b[90md\x1b[97me\x1b[100mf\x1b[107mg')).toEqual([
      { text: 'a', fg: 'black' },
      { text: 'b', fg: 'white' },
      { text: 'c', fg: 'white', bg: 'red' },
      { text: 'd', fg: 'bright-black', bg: 'red' },
      { text: 'e', fg: 'bright-white', bg: 'red' },
      { text: 'f', fg: 'bright-white', bg: 'bright-black' },
      { text: 'g', fg: 'bright-white', bg: 'bright-white' },
    ])
  })

  it.each([
    ['32', 'green'],
    ['33', 'yellow'],
    ['34', 'blue'],
    ['35', 'magenta'],
    ['36', 'cyan'],
    ['92', 'bright-green'],
  ])('maps %s to %s', (code, fg) => {
    expect(ansiSpans(`\x1b[${code}mx`)).toEqual([{ text: 'x', fg }])
  })

  it('reads bold, dim, italic and underline', () => {
    expect(ansiSpans('\x1b[1;2;3;4;32;40mx')).toEqual([
      { text: 'x', fg: 'green', bg: 'black', bold: true, dim: true, italic: true, underline: true },
    ])
  })

  it.each([
    ['16', '#000000'],
    ['21', '#0000ff'],
    ['196', '#ff0000'],
    ['208', '#ff8700'],
    ['231', '#ffffff'],
    ['232', '#080808'],
    ['244', '#808080'],
    ['255', '#eeeeee'],
    ['1', '#cd0000'],
    ['9', '#ff0000'],
    ['15', '#ffffff'],
  ])('maps 256-colour %s to %s', (n, color) => {
    expect(ansiSpans(`\x1b[38;5;${n}mfg`)).toEqual([{ text: 'fg', fg: color }])
    expect(ansiSpans(`\x1b[48;5;${n}mbg`)).toEqual([{ text: 'bg', bg: color }])
  })

  it('maps truecolour to #rrggbb', () => {
    expect(ansiSpans('\x1b[38;2;255;0;0;48;2;0;128;255mx')).toEqual([
      { text: 'x', fg: '#ff0000', bg: '#0080ff' },
    ])
  })

  it('reads the colon forms of extended colours and underline styles', () => {
    expect(ansiSpans('\x1b[38:5:208ma\x1b[38:2::1:2:3mb\x1b[48:2:4:5:6mc\x1b[4:3md\x1b[4:0me')).toEqual([
      { text: 'a', fg: '#ff8700' },
      { text: 'b', fg: '#010203' },
      { text: 'c', fg: '#010203', bg: '#040506' },
      { text: 'd', fg: '#010203', bg: '#040506', underline: true },
      { text: 'e', fg: '#010203', bg: '#040506' },
    ])
  })

  it('keeps reading codes after an extended colour', () => {
    expect(ansiSpans('\x1b[38;5;208;1;48;2;0;0;0;3mx')).toEqual([
      { text: 'x', fg: '#ff8700', bg: '#000000', bold: true, italic: true },
    ])
  })

  it('ignores invalid extended colours', () => {
    expect(ansiSpans('\x1b[38;5;300ma\x1b[38;2;1;2mb\x1b[48;2;256;0;0mc\x1b[38;9md')).toEqual([
      { text: 'abcd' },
    ])
  })

  it.each([
    ['0', '\x1b[0m'],
    ['an empty code', '\x1b[m'],
    ['an empty parameter among others', '\x1b[;m'],
  ])('resets everything on %s', (_, reset) => {
    expect(ansiSpans(`\x1b[1;3;4;31;42mstyled${reset}plain`)).toEqual([
      { text: 'styled', fg: 'red', bg: 'green', bold: true, italic: true, underline: true },
      { text: 'plain' },
    ])
  })

  it('resets one attribute at a time', () => {
    expect(ansiSpans('\x1b[1;2;3;4;31;42ma\x1b[39mb\x1b[49mc\x1b[22md\x1b[23me\x1b[24mf')).toEqual([
      { text: 'a', fg: 'red', bg: 'green', bold: true, dim: true, italic: true, underline: true },
      { text: 'b', bg: 'green', bold: true, dim: true, italic: true, underline: true },
      { text: 'c', bold: true, dim: true, italic: true, underline: true },
      { text: 'd', italic: true, underline: true },
      { text: 'e', underline: true },
      { text: 'f' },
    ])
  })

  it('resets and sets in one sequence', () => {
    expect(ansiSpans('\x1b[1;31ma\x1b[0;32mb')).toEqual([
      { text: 'a', fg: 'red', bold: true },
      { text: 'b', fg: 'green' },
    ])
  })

  it('ignores codes it has no style for', () => {
    expect(ansiSpans('\x1b[5;7;9mblink')).toEqual([{ text: 'blink' }])
  })

  it('drops other escape sequences and merges the text around them', () => {
    expect(ansiSpans('\x1b[31mre\x1b[2Kd\x1b]0;title\x07!\x1b[0m')).toEqual([{ text: 'red!', fg: 'red' }])
    expect(ansiSpans('a\x1b[?25lb')).toEqual([{ text: 'ab' }])
  })

  it('merges adjacent text with the same style', () => {
    expect(ansiSpans('\x1b[31ma\x1b[31mb\x1b[0;31mc')).toEqual([{ text: 'abc', fg: 'red' }])
    expect(ansiSpans('a\x1b[0mb\x1b[39;49mc')).toEqual([{ text: 'abc' }])
  })

  it('produces spans whose texts join to stripAnsi of the message', () => {
    const samples = [
      '\x1b[1;32mPASS\x1b[0m all good',
      'a\x1b]0;t\x07b\x1b[31mc\x1b[mdef\x1b[',
      '\x1b[38;2;255;0;0mtrue\x1b[48;5;12mcolour\x1b[22;23;24m<b>x</b>\x1b(B',
      '\x1b\x1b[31m\x1b',
      'tab\there',
    ]
    for (const message of samples) {
      const spans = ansiSpans(message)
      expect(spans.map((span) => span.text).join('')).toBe(stripAnsi(message))
      expect(spans.every((span) => span.text.length > 0)).toBe(true)
    }
  })
})

describe('searchLog', () => {
  const lines = parseLog(
    log(
      ['INFO', 'Fetching nodejs-22; fetching curl'],
      ['ERROR', 'failed fetching FETCHING'],
      'raw fetching line',
      ['INFO', 'nothing here'],
    ),
  )

  it('finds every occurrence, ignoring case by default, in line order', () => {
    expect(searchLog(lines, 'fetching')).toEqual([
      { line: 0, start: 0, end: 8 },
      { line: 0, start: 20, end: 28 },
      { line: 1, start: 7, end: 15 },
      { line: 1, start: 16, end: 24 },
      { line: 2, start: 4, end: 12 },
    ])
  })

  it('matches case when asked', () => {
    expect(searchLog(lines, 'fetching', { caseSensitive: true })).toHaveLength(3)
    expect(searchLog(lines, 'FETCHING', { caseSensitive: true })).toEqual([{ line: 1, start: 16, end: 24 }])
    expect(searchLog(lines, 'Fetching', { caseSensitive: false })).toHaveLength(5)
  })

  it('does not overlap matches', () => {
    const aaa = parseLog('aaa\naaaa\naaaaa')
    expect(searchLog(aaa, 'aa')).toEqual([
      { line: 0, start: 0, end: 2 },
      { line: 1, start: 0, end: 2 },
      { line: 1, start: 2, end: 4 },
      { line: 2, start: 0, end: 2 },
      { line: 2, start: 2, end: 4 },
    ])
    expect(searchLog(aaa, 'aa', { caseSensitive: true })).toHaveLength(5)
  })

  it('finds nothing for an empty or blank query', () => {
    expect(searchLog(lines, '')).toEqual([])
    expect(searchLog(lines, '   ')).toEqual([])
    expect(searchLog(lines, '\t\n', { caseSensitive: true })).toEqual([])
  })

  it('uses the query as typed, spaces included', () => {
    expect(searchLog(lines, ' fetching')).toHaveLength(4)
  })

  it('searches the text, not the time or the level', () => {
    expect(searchLog(lines, '2026')).toEqual([])
    expect(searchLog(lines, 'ERROR')).toEqual([])
    expect(searchLog(lines, '[INFO]')).toEqual([])
  })

  it('treats regular expression characters literally', () => {
    const special = parseLog(log(['INFO', 'a.b axb (x) [y] $1 ^z a+b a\\b c/d']))
    expect(searchLog(special, 'a.b')).toEqual([{ line: 0, start: 0, end: 3 }])
    for (const query of ['(x)', '[y]', '$1', '^z', 'a+b', 'a\\b', 'c/d']) {
      expect(searchLog(special, query)).toHaveLength(1)
      expect(searchLog(special, query, { caseSensitive: true })).toHaveLength(1)
    }
  })

  it('gives offsets in the text without ANSI codes', () => {
    const coloured = parseLog(`${T0}[ERROR]\x1b[1;31mERROR:\x1b[0m unable to \x1b[4minstall\x1b[24m`)
    expect(searchLog(coloured, 'install')).toEqual([{ line: 0, start: 17, end: 24 }])
    expect(coloured[0]?.text.slice(17, 24)).toBe('install')
  })

  it('keeps offsets right when a character changes length in lower case', () => {
    const turkish = parseLog('İstanbul error')
    expect(searchLog(turkish, 'ERROR')).toEqual([{ line: 0, start: 9, end: 14 }])
    expect(searchLog(parseLog('Ärger'), 'ärger')).toEqual([{ line: 0, start: 0, end: 5 }])
  })

  it('finds nothing in an empty log', () => {
    expect(searchLog([], 'x')).toEqual([])
  })
})

describe('errorLines', () => {
  it('lists the indexes of ERROR and FATAL lines', () => {
    const lines = parseLog(
      log(['INFO', 'a'], ['ERROR', 'b'], ['WARN', 'c'], 'ERROR raw', ['fatal', 'd'], ['error', 'e']),
    )
    expect(errorLines(lines)).toEqual([1, 4, 5])
    expect(errorLines([])).toEqual([])
  })
})

describe('explainFailure', () => {
  /** The shape of a failed build from the mock registry (mocks/build-logs.ts). */
  const conflictLog = log(
    ['INFO', 'resolving 3 packages for architectures x86_64, aarch64'],
    ['INFO', '[x86_64] installing nodejs-20 (20.11.0-r0)'],
    [
      'ERROR',
      '[x86_64] installing nodejs-22 (22.1.0-r0): trying to overwrite /usr/bin/node owned by nodejs-20',
    ],
    [
      'ERROR',
      '[x86_64] failed to install packages: unable to install nodejs-22: file /usr/bin/node is already installed by nodejs-20',
    ],
    [
      'ERROR',
      'failed to build layer image for "amd64": installing apk packages: nodejs-20 and nodejs-22 both install /usr/bin/node',
    ],
    [
      'ERROR',
      'build failed: packages nodejs-20 and nodejs-22 conflict on /usr/bin/node; remove one of them from the build config',
    ],
  )

  it('explains a file conflict from the first error line that shows it', () => {
    expect(explainFailure(parseLog(conflictLog))).toEqual({
      kind: 'file-conflict',
      title: 'Two packages install the same file',
      detail: 'nodejs-20 and nodejs-22 both install /usr/bin/node.',
      advice: 'Keep one of them: remove the other from the build config, then apply it again.',
      line: 2,
      packages: ['nodejs-20', 'nodejs-22'],
      path: '/usr/bin/node',
    })
  })

  it.each([
    '[aarch64] installing libressl (3.9.0-r1): trying to overwrite /usr/bin/openssl owned by openssl',
    'installing libressl: trying to overwrite /usr/bin/openssl owned by openssl',
    'failed to install packages: unable to install libressl: file /usr/bin/openssl is already installed by openssl',
    'installing apk packages: openssl and libressl both install /usr/bin/openssl',
    'build failed: packages openssl and libressl conflict on /usr/bin/openssl; remove one of them',
    'Build failed: packages "openssl" and "libressl" conflict on "/usr/bin/openssl".',
  ])('names both packages and the file in: %s', (message) => {
    const explanation = explainFailure(parseLog(log(['ERROR', message])))
    expect(explanation).toMatchObject({
      kind: 'file-conflict',
      line: 0,
      packages: ['openssl', 'libressl'],
      path: '/usr/bin/openssl',
      detail: 'openssl and libressl both install /usr/bin/openssl.',
    })
  })

  it.each([
    ['solving "foo-bar" constraint: could not find package that provides foo-bar', 'foo-bar'],
    ['solving "foo-bar>=1.2" constraint: could not find package that provides foo-bar>=1.2', 'foo-bar'],
    ['could not find package that provides so:libfoo.so.1', 'so:libfoo.so.1'],
    ['package "foo" not found', 'foo'],
    ['package foo not found in any repository', 'foo'],
    ['unable to select packages: foo (no such package)', 'foo'],
    ['ERROR: unable to select packages: foo-1.2 (no such package): required by: world[foo]', 'foo'],
    ['unable to select packages: bar (no such package): required by: world[bar=2.0]', 'bar'],
  ])('explains a missing package in: %s', (message, name) => {
    const explanation = explainFailure(parseLog(log(['INFO', 'resolving'], ['ERROR', message])))
    expect(explanation).toMatchObject({ kind: 'package-not-found', line: 1, packages: [name] })
    expect(explanation?.title).toBe('A package could not be found')
    expect(explanation?.detail).toContain(name)
    expect(explanation?.advice).toContain('entitled packages')
    expect(explanation?.advice).toMatch(/check the name/i)
    expect(explanation?.advice).toMatch(/remove/i)
  })

  it('explains a missing package in plain words', () => {
    const lines = parseLog(
      log([
        'ERROR',
        '[aarch64] solving "nodejs-22" constraint: could not find package that provides nodejs-22',
      ]),
    )
    expect(explainFailure(lines)).toEqual({
      kind: 'package-not-found',
      title: 'A package could not be found',
      detail: 'The build needs nodejs-22, but no repository it uses provides it.',
      advice:
        'nodejs-22 is not in your organization’s entitled packages. Check the name for typos, ' +
        'or remove the package from the build config, then apply it again.',
      line: 0,
      packages: ['nodejs-22'],
    })
  })

  it.each([
    ['failed to fetch APKINDEX: context deadline exceeded', 'context deadline exceeded'],
    ['build timed out after 30m0s', '30m0s'],
    ['step timed out after 1h2m3.5s.', '1h2m3.5s.'],
    ['build timed out', 'longer than allowed'],
    ['GET https://apk.cgr.dev/x: dial tcp 10.0.0.1:443: i/o timeout', 'i/o timeout'],
  ])('explains a timeout in: %s', (message, detail) => {
    const explanation = explainFailure(parseLog(log(['ERROR', message])))
    expect(explanation).toMatchObject({ kind: 'timeout', line: 0, title: 'The build timed out' })
    expect(explanation?.detail).toContain(detail.replace(/\.$/, ''))
    expect(explanation?.advice).toContain(
      'built again when its packages next update, or when its build config changes',
    )
    expect(explanation?.advice).toContain('reduce what the image installs')
    expect(explanation?.packages).toBeUndefined()
  })

  it('reads the error lines without ANSI codes', () => {
    const lines = parseLog(log(['ERROR', '\x1b[31mpackage "\x1b[1mfoo\x1b[22m" not found\x1b[0m']))
    expect(explainFailure(lines)).toMatchObject({ kind: 'package-not-found', packages: ['foo'] })
  })

  it('skips error lines it does not know and takes the first it does', () => {
    const lines = parseLog(
      log(
        ['ERROR', 'something odd happened'],
        ['ERROR', 'i/o timeout'],
        ['ERROR', 'package "foo" not found'],
      ),
    )
    expect(explainFailure(lines)).toMatchObject({ kind: 'timeout', line: 1 })
  })

  it('prefers error lines over earlier warnings, and falls back to warnings', () => {
    const withError = parseLog(
      log(['WARN', 'context deadline exceeded'], ['ERROR', 'package "foo" not found']),
    )
    expect(explainFailure(withError)).toMatchObject({ kind: 'package-not-found', line: 1 })
    const onlyWarning = parseLog(log(['ERROR', 'build failed'], ['WARNING', 'fetch: i/o timeout']))
    expect(explainFailure(onlyWarning)).toMatchObject({ kind: 'timeout', line: 1 })
  })

  it('ignores info, debug and raw lines', () => {
    const lines = parseLog(
      log(['INFO', 'package "foo" not found'], ['DEBUG', 'i/o timeout'], 'a and b both install /x', [
        'TRACE',
        'context deadline exceeded',
      ]),
    )
    expect(explainFailure(lines)).toBeNull()
  })

  it('reads 100,000-character error lines quickly', () => {
    const shapes = [
      'x'.repeat(100_000),
      'installing x ('.repeat(7_000),
      'a and '.repeat(16_000),
      'y'.repeat(99_990) + ' and b both',
    ]
    for (const shape of shapes) {
      const began = performance.now()
      expect(explainFailure(parseLog(log(['ERROR', shape], ['WARN', shape])))).toBeNull()
      expect(performance.now() - began).toBeLessThan(1000)
    }
  })

  it('returns null for a successful build, an unknown error and an empty log', () => {
    const success = log(
      ['INFO', 'resolving 2 packages for architectures x86_64, aarch64'],
      ['INFO', '[x86_64] installing curl (8.11.0-r0)'],
      ['INFO', 'build finished: cgr.dev/acme/curl@sha256:abc'],
    )
    expect(explainFailure(parseLog(success))).toBeNull()
    expect(explainFailure(parseLog(log(['ERROR', 'signing failed: key not available'])))).toBeNull()
    expect(explainFailure([])).toBeNull()
  })
})

describe('formatLine', () => {
  const [first, second, raw, coloured] = parseLog(
    [
      '2026-11-23T12:00:00.000Z[INFO]start',
      '2026-11-23T12:01:02.250Z[error]failed',
      '  raw \x1b[31mdetail\x1b[0m',
      '2026-11-23T13:01:02.250+01:00[WARN]\x1b[33mslow\x1b[0m',
    ].join('\n'),
  ) as [LogLine, LogLine, LogLine, LogLine]
  const start = first.time

  it('hides the time', () => {
    expect(formatLine(second, 'hidden')).toBe('[ERROR]failed')
    expect(formatLine(coloured, 'hidden', start)).toBe('[WARN]slow')
  })

  it('shows the time as written', () => {
    expect(formatLine(second, 'absolute')).toBe('2026-11-23T12:01:02.250Z[ERROR]failed')
    expect(formatLine(coloured, 'absolute')).toBe('2026-11-23T13:01:02.250+01:00[WARN]slow')
  })

  it('shows the time relative to the start', () => {
    expect(formatLine(first, 'relative', start)).toBe('+0:00.000 [INFO]start')
    expect(formatLine(second, 'relative', start)).toBe('+1:02.250 [ERROR]failed')
    expect(formatLine(coloured, 'relative', start)).toBe('+1:02.250 [WARN]slow')
    expect(formatLine(first, 'relative', second.time)).toBe('-1:02.250 [INFO]start')
  })

  it('measures from the line itself when no start is given', () => {
    expect(formatLine(second, 'relative')).toBe('+0:00.000 [ERROR]failed')
  })

  it('gives the text of raw lines in every mode, without ANSI codes', () => {
    for (const mode of ['hidden', 'absolute', 'relative'] as const) {
      expect(formatLine(raw, mode, start)).toBe('  raw detail')
    }
  })
})

describe('formatOffset', () => {
  it.each([
    [0, '+0:00.000'],
    [1, '+0:00.001'],
    [999, '+0:00.999'],
    [1000, '+0:01.000'],
    [62_250, '+1:02.250'],
    [59 * 60_000 + 59_999, '+59:59.999'],
    [3_600_000, '+1:00:00.000'],
    [3_723_004, '+1:02:03.004'],
    [100 * 3_600_000 + 5_000, '+100:00:05.000'],
    [-1_500, '-0:01.500'],
    [-3_723_004, '-1:02:03.004'],
    [0.4, '+0:00.000'],
    [-0.4, '+0:00.000'],
    [1.6, '+0:00.002'],
  ])('formats %d ms as %s', (ms, expected) => {
    expect(formatOffset(ms)).toBe(expected)
  })

  it('returns an empty string for a non-finite offset', () => {
    expect(formatOffset(Number.NaN)).toBe('')
    expect(formatOffset(Infinity)).toBe('')
  })
})

describe('parseLogChunk', () => {
  it('gives the same lines as parseLog, chunk by chunk, whatever the line endings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('2026-11-23T10:00:00Z [INFO]a', 'raw', '', 'b\r', '[ERROR]x'), {
          maxLength: 30,
        }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.integer({ min: 1, max: 7 }),
        (parts, newline, size) => {
          const raw = parts.join(newline)
          const lines: LogLine[] = []
          let start = 0
          while (start < raw.length) {
            const chunk = parseLogChunk(raw, start, size, lines.length + 1)
            expect(chunk.lines.length).toBeLessThanOrEqual(size)
            expect(chunk.next).toBeGreaterThan(start)
            lines.push(...chunk.lines)
            start = chunk.next
          }
          expect(lines).toEqual(parseLog(raw))
        },
      ),
    )
  })
})
