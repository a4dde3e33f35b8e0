import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { at, log, T0 } from '../test/fixtures/build-logs'
import { lineStarts, parseLog, parseLogChunk, type LogLine } from './build-log-parse'
import { errorLines, matchAt, searchLog } from './build-log-search'

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
    const needle = searchLog(lines, 'NEEDLE')
    expect(needle.count).toBe(1)
    expect(matchAt(needle, 0)).toEqual({ line: 1, start: 50_000, end: 50_006 })
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
    expect(matches.count).toBe(200)
    expect(errorLines(lines)).toHaveLength(200)
    // Generous bounds so a busy machine does not fail the test; the targets are far lower (300 ms / 100 ms).
    expect(parseMs).toBeLessThan(2000)
    expect(searchMs).toBeLessThan(2000)
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

describe('lineStarts', () => {
  it('finds where each line parseLog reads starts, so each can be parsed alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('2026-11-23T10:00:00Z[INFO]a', 'raw', '', 'b\r', '\n', '[ERROR]x'), {
          maxLength: 30,
        }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (parts, newline) => {
          const raw = parts.join(newline)
          const starts = lineStarts(raw)
          const lines = parseLog(raw)
          expect(starts).toHaveLength(lines.length)
          starts.forEach((start, index) =>
            expect(parseLogChunk(raw, start, 1, index + 1).lines).toEqual([lines[index]]),
          )
        },
      ),
    )
    expect(lineStarts('')).toEqual([])
    expect(lineStarts('a\r\nb\rc\n')).toEqual([0, 3, 5])
  })
})
