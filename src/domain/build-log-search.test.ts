import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { log, T0 } from '../test/fixtures/build-logs'
import { parseLog } from './build-log-parse'
import { errorLines, matchAt, matchesOnLine, searchLog, type LogMatches } from './build-log-search'

/** The matches one by one, as objects. */
function list(matches: LogMatches) {
  return Array.from({ length: matches.count }, (_, index) => matchAt(matches, index))
}

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
    expect(list(searchLog(lines, 'fetching'))).toEqual([
      { line: 0, start: 0, end: 8 },
      { line: 0, start: 20, end: 28 },
      { line: 1, start: 7, end: 15 },
      { line: 1, start: 16, end: 24 },
      { line: 2, start: 4, end: 12 },
    ])
  })

  it('matches case when asked', () => {
    expect(searchLog(lines, 'fetching', { caseSensitive: true }).count).toBe(3)
    expect(list(searchLog(lines, 'FETCHING', { caseSensitive: true }))).toEqual([
      { line: 1, start: 16, end: 24 },
    ])
    expect(searchLog(lines, 'Fetching', { caseSensitive: false }).count).toBe(5)
  })

  it('does not overlap matches', () => {
    const aaa = parseLog('aaa\naaaa\naaaaa')
    expect(list(searchLog(aaa, 'aa'))).toEqual([
      { line: 0, start: 0, end: 2 },
      { line: 1, start: 0, end: 2 },
      { line: 1, start: 2, end: 4 },
      { line: 2, start: 0, end: 2 },
      { line: 2, start: 2, end: 4 },
    ])
    expect(searchLog(aaa, 'aa', { caseSensitive: true }).count).toBe(5)
  })

  it('finds nothing for an empty or blank query', () => {
    expect(list(searchLog(lines, ''))).toEqual([])
    expect(list(searchLog(lines, '   '))).toEqual([])
    expect(list(searchLog(lines, '\t\n', { caseSensitive: true }))).toEqual([])
  })

  it('uses the query as typed, spaces included', () => {
    expect(searchLog(lines, ' fetching').count).toBe(4)
  })

  it('searches the text, not the time or the level', () => {
    expect(list(searchLog(lines, '2026'))).toEqual([])
    expect(list(searchLog(lines, 'ERROR'))).toEqual([])
    expect(list(searchLog(lines, '[INFO]'))).toEqual([])
  })

  it('treats regular expression characters literally', () => {
    const special = parseLog(log(['INFO', 'a.b axb (x) [y] $1 ^z a+b a\\b c/d']))
    expect(list(searchLog(special, 'a.b'))).toEqual([{ line: 0, start: 0, end: 3 }])
    for (const query of ['(x)', '[y]', '$1', '^z', 'a+b', 'a\\b', 'c/d']) {
      expect(searchLog(special, query).count).toBe(1)
      expect(searchLog(special, query, { caseSensitive: true }).count).toBe(1)
    }
  })

  it('gives offsets in the text without ANSI codes', () => {
    const coloured = parseLog(`${T0}[ERROR]\x1b[1;31mERROR:\x1b[0m unable to \x1b[4minstall\x1b[24m`)
    expect(list(searchLog(coloured, 'install'))).toEqual([{ line: 0, start: 17, end: 24 }])
    expect(coloured[0]?.text.slice(17, 24)).toBe('install')
  })

  it('keeps offsets right when a character changes length in lower case', () => {
    const turkish = parseLog('İstanbul error')
    expect(list(searchLog(turkish, 'ERROR'))).toEqual([{ line: 0, start: 9, end: 14 }])
    expect(list(searchLog(parseLog('Ärger'), 'ärger'))).toEqual([{ line: 0, start: 0, end: 5 }])
  })

  it('gives each match by its place, and the matches of one line', () => {
    const found = searchLog(lines, 'fetching')
    expect(matchAt(found, 4)).toEqual({ line: 2, start: 4, end: 12 })
    expect(matchAt(found, 5)).toBeUndefined()
    expect(matchAt(found, -1)).toBeUndefined()
    expect(matchesOnLine(found, 1)).toEqual([
      { line: 1, start: 7, end: 15 },
      { line: 1, start: 16, end: 24 },
    ])
    expect(matchesOnLine(found, 3)).toEqual([])
    expect(matchesOnLine(searchLog(lines, ''), 0)).toEqual([])
  })

  it('finds what a regular expression finds, in any text, ignoring case or not', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'A', 'ä', 'Ä', 'İ', 'i', 'ß', 'ſ', 's', 'K', 'k', ' '),
    })
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), text, fc.boolean(), (rows, query, caseSensitive) => {
        const parsed = parseLog(rows.map((row) => `x${row}`).join('\n'))
        const expected = query.trim()
          ? parsed.flatMap((line, index) =>
              [
                ...line.text.matchAll(
                  new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), caseSensitive ? 'g' : 'gi'),
                ),
              ].map((match) => ({ line: index, start: match.index, end: match.index + match[0].length })),
            )
          : []
        const found = searchLog(parsed, query, { caseSensitive })
        expect(list(found)).toEqual(expected)
        for (let line = 0; line < parsed.length; line++)
          expect(matchesOnLine(found, line)).toEqual(expected.filter((match) => match.line === line))
      }),
    )
  })

  it('finds a million matches of one letter in 200,000 lines', () => {
    const many = parseLog(Array.from({ length: 200_000 }, (_, i) => `row ${i}: e e e e e`).join('\n'))
    const found = searchLog(many, 'E')
    expect(found.count).toBe(1_000_000)
    expect(matchAt(found, 999_999)).toEqual({ line: 199_999, start: 20, end: 21 })
  })

  it('finds nothing in an empty log', () => {
    expect(list(searchLog([], 'x'))).toEqual([])
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
