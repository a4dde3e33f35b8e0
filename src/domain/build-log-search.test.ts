import { describe, expect, it } from 'vitest'
import { log, T0 } from '../test/fixtures/build-logs'
import { parseLog } from './build-log-parse'
import { errorLines, searchLog } from './build-log-search'

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
