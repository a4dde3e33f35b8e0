import { describe, expect, it } from 'vitest'
import { formatLine, formatOffset } from './build-log-copy'
import { parseLog, type LogLine } from './build-log-parse'

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
