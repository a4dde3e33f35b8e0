import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { log } from '../test/fixtures/build-logs'
import {
  ERROR,
  firstTime,
  indexLog,
  lineEnd,
  lineOf,
  linesMarked,
  readLine,
  startIndex,
  WARN,
} from './build-log-index'
import { lineStarts, parseLog } from './build-log-parse'
import { errorLines, matchAt, searchIndexedLog, searchLog, type LogMatches } from './build-log-search'

function list(matches: LogMatches) {
  return Array.from({ length: matches.count }, (_, index) => matchAt(matches, index))
}

/** Searches the whole log, `chars` characters a step. */
function searchAll(raw: string, query: string, caseSensitive = false, chars = 1 << 20) {
  const search = searchIndexedLog(indexLog(raw), query, { caseSensitive })
  let steps = 0
  while (!search.step(chars)) steps++
  return { found: list(search.current()), steps }
}

/** Pieces logs are made of: headers valid and not, levels, ANSI codes, every kind of line break. */
const PIECE = fc.constantFrom(
  '2026-11-23T12:00:00.000Z[INFO]',
  '2026-11-23T12:00:00Z[error]',
  '2026-11-23T12:00:00.5+02:00[WARN]',
  '2026-02-30T12:00:00Z[ERROR]',
  '2026-11-23T12:00:00Z[Extra]',
  '2026-11-23T12:00:00Z[FATAL]',
  '[ERROR]',
  '\u001b[31m',
  '\u001b[0m',
  '\u001b',
  '\n',
  '\r\n',
  '\r',
  'ab',
  'AB',
  'b',
  ' ',
  'İ',
  'zircon',
  'Z[',
  ']',
)
const QUERY = fc.constantFrom(
  'ab',
  'b',
  'bb',
  'B',
  'zircon',
  'ZIRCON',
  'Z[',
  '[0m',
  '31m',
  'İ',
  'i',
  'a b',
  ' ',
  ']]',
)

describe('indexLog', () => {
  it('finds the lines parseLog finds, with where each starts and ends, and the same lines read one by one', () => {
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join('')
        const index = indexLog(raw)
        const parsed = parseLog(raw)
        expect(index.count).toBe(parsed.length)
        expect([...index.starts]).toEqual(lineStarts(raw))
        parsed.forEach((line, i) => {
          expect(readLine(index, i)).toEqual(line)
          const start = index.starts[i] as number
          expect(raw.slice(start, lineEnd(index, i)).endsWith(line.message)).toBe(true)
          expect(lineOf(index, start)).toBe(i)
          expect(lineOf(index, lineEnd(index, i))).toBe(i)
        })
        expect(linesMarked(index, ERROR)).toEqual(errorLines(parsed))
        expect(linesMarked(index, WARN)).toEqual(
          parsed.flatMap((line, i) => (line.severity === 'warn' ? [i] : [])),
        )
        expect(firstTime(index)).toBe(parsed.find((line) => line.time !== undefined)?.time)
        const escaped = parsed.flatMap((line, i) => (line.message.includes('\u001b') ? [i] : []))
        expect([...index.escaped]).toEqual(escaped)
      }),
    )
  })

  it('gives the same index built a slice at a time, and the lines so far between slices', () => {
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 30 }), fc.integer({ min: 1, max: 60 }), (pieces, chars) => {
        const raw = pieces.join('')
        const whole = indexLog(raw, 20)
        const indexer = startIndex(raw, 20)
        while (!indexer.step(chars)) {
          const sofar = indexer.current()
          expect(sofar.complete).toBe(false)
          expect([...sofar.starts]).toEqual([...whole.starts.subarray(0, sofar.count)])
          for (let line = 0; line < sofar.count; line++)
            expect(readLine(sofar, line)).toEqual(readLine(whole, line))
        }
        const stepped = indexer.current()
        expect(stepped.complete).toBe(true)
        expect([...stepped.starts]).toEqual([...whole.starts])
        expect([...stepped.marks]).toEqual([...whole.marks])
        expect([...stepped.escaped]).toEqual([...whole.escaped])
        expect(stepped.widest).toBe(whole.widest)
      }),
    )
  })

  it('handles an empty log, empty lines and CRLF', () => {
    expect(indexLog('').count).toBe(0)
    const index = indexLog('a\r\n\r\n\nb\r')
    expect([...index.starts]).toEqual([0, 3, 5, 6])
    expect([0, 1, 2, 3].map((line) => lineEnd(index, line))).toEqual([1, 3, 5, 7])
  })

  it('marks ERROR, FATAL and WARN lines, in any case, and nothing that only looks like one', () => {
    const index = indexLog(
      log(
        ['INFO', 'a'],
        ['ERROR', 'b'],
        ['warning', 'c'],
        'ERROR raw [ERROR]',
        ['fatal', 'd'],
        ['Extra', 'e'],
      ),
    )
    expect(linesMarked(index, ERROR)).toEqual([1, 4])
    expect(linesMarked(index, WARN)).toEqual([2])
  })

  it('measures the longest message, capped', () => {
    const raw = log(['INFO', 'x'.repeat(30)], ['INFO', 'short'], 'a raw line of 25 letters.')
    expect(indexLog(raw).widest).toBe(30)
    expect(indexLog(raw, 10).widest).toBe(10)
  })

  it('indexes a 1 MB line and 200,000 lines', () => {
    const long = indexLog(log(['INFO', 'start'], ['INFO', 'y'.repeat(1_000_000)], ['ERROR', 'end']))
    expect(long.count).toBe(3)
    expect(readLine(long, 1)?.text).toHaveLength(1_000_000)
    expect(linesMarked(long, ERROR)).toEqual([2])
    const many = indexLog(Array.from({ length: 200_000 }, (_, i) => `row ${i}`).join('\n'))
    expect(many.count).toBe(200_000)
    expect(readLine(many, 199_999)?.text).toBe('row 199999')
  })
})

describe('searchIndexedLog', () => {
  it('finds what searchLog finds in the parsed lines, in any log, a slice at a time', () => {
    fc.assert(
      fc.property(
        fc.array(PIECE, { maxLength: 30 }),
        QUERY,
        fc.boolean(),
        fc.integer({ min: 1, max: 80 }),
        (pieces, query, caseSensitive, chars) => {
          const raw = pieces.join('')
          const expected = list(searchLog(parseLog(raw), query, { caseSensitive }))
          expect(searchAll(raw, query, caseSensitive, chars).found).toEqual(expected)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('searches what a line shows: not its time or level, not its escape codes, across them', () => {
    const raw = log(['INFO', 'zircon \u001b[31mzir\u001b[0mcon'], ['ERROR', 'no'], 'raw INFO zircon')
    expect(searchAll(raw, 'zircon').found).toEqual([
      { line: 0, start: 0, end: 6 },
      { line: 0, start: 7, end: 13 },
      { line: 2, start: 9, end: 15 },
    ])
    expect(searchAll(raw, 'INFO').found).toEqual([{ line: 2, start: 4, end: 8 }])
    expect(searchAll(raw, '31m').found).toEqual([])
    expect(searchAll(raw, '2026').found).toEqual([])
    // a match cut by the level's end is no match, but the one right after it is
    expect(searchAll(log(['INFO', ']]']), ']]').found).toEqual([{ line: 0, start: 0, end: 2 }])
  })

  it('finds a match at the far end of a 1 MB line, and in 200,000 lines', () => {
    const raw = log(['INFO', `${'y'.repeat(1_000_000)}zircon`], ['INFO', 'Zircon'])
    expect(searchAll(raw, 'zircon', false, 1000).found).toEqual([
      { line: 0, start: 1_000_000, end: 1_000_006 },
      { line: 1, start: 0, end: 6 },
    ])
    const many = Array.from({ length: 200_000 }, (_, i) => `row ${i}: e e e e e`).join('\n')
    const { found, steps } = searchAll(many, 'E', false, 100_000)
    expect(found).toHaveLength(1_000_000)
    expect(found.at(-1)).toEqual({ line: 199_999, start: 20, end: 21 })
    expect(steps).toBeGreaterThan(10)
  })

  it('has the first matches after one step, before the whole log is searched', () => {
    const raw = Array.from({ length: 1000 }, (_, i) => `line ${i} zircon`).join('\n')
    const search = searchIndexedLog(indexLog(raw), 'zircon')
    expect(search.step(100)).toBe(false)
    expect(search.done).toBe(false)
    expect(matchAt(search.current(), 0)).toEqual({ line: 0, start: 7, end: 13 })
    while (!search.step(100));
    expect(search.current().count).toBe(1000)
  })

  it('searches the whole log in one step when the step is as long', () => {
    const raw = log(['INFO', 'a zircon'], ['INFO', 'b'], ['INFO', 'c zircon'])
    const search = searchIndexedLog(indexLog(raw), 'zircon')
    expect(search.step(raw.length)).toBe(true)
    expect(search.current().count).toBe(2)
  })

  it('finds nothing for a blank query or in an empty log', () => {
    expect(searchAll('a b', ' ').found).toEqual([])
    expect(searchAll('', 'x').found).toEqual([])
  })
})
