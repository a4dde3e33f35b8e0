import { describe, expect, it } from 'vitest'
import { readJsonString } from './json-string-reader'

const PATH = ['reports', 0, 'log'] as const

/** What the reader gives after each piece of `text` cut at `cuts`, and at the end. */
function readInPieces(text: string, cuts: number[]) {
  const reader = readJsonString(PATH)
  const seen: (string | undefined)[] = []
  let from = 0
  for (const cut of [...cuts, text.length]) {
    reader.push(text.slice(from, cut))
    from = cut
    seen.push(reader.value())
  }
  return { reader, seen }
}

const LOG = [
  '2026-11-30T10:00:00Z[INFO] resolving "node" \\ done',
  '\u001b[1;31mfailed\u001b[0m tab\there, emoji 😀, é',
  'a line that ends with a backslash \\',
  '',
].join('\n')

const ANSWER = JSON.stringify({
  reports: [
    {
      id: 'abc',
      config: { log: 'not this one', contents: { packages: ['a', 'b'] } },
      warnings: ['"log":"no"', 'log'],
      count: 12,
      ok: true,
      gone: null,
      log: LOG,
      digest: 'sha256:0',
    },
  ],
})

describe('a JSON string read while the answer arrives', () => {
  it('gives the value whole once it has come, whatever comes around it', () => {
    const { reader, seen } = readInPieces(ANSWER, [])
    expect(seen.at(-1)).toBe(LOG)
    expect(reader.done).toBe(true)
    expect(reader.failed).toBe(false)
  })

  it('gives only the start of the value that has come, cut anywhere, and the rest later', () => {
    // every cut, of the whole answer, including through escapes (\\, \", \n, \u001b) and pairs of surrogates
    for (let cut = 1; cut < ANSWER.length; cut++) {
      const { seen } = readInPieces(ANSWER, [cut])
      const [first, last] = seen
      expect(last).toBe(LOG)
      if (first !== undefined)
        expect(LOG.startsWith(first), `cut at ${cut}: ${JSON.stringify(first)}`).toBe(true)
    }
  })

  it('reads a value that comes a character at a time', () => {
    const cuts = Array.from({ length: ANSWER.length - 1 }, (_, index) => index + 1)
    const { seen } = readInPieces(ANSWER, cuts)
    expect(seen.at(-1)).toBe(LOG)
    const starts = seen.filter((value): value is string => value !== undefined)
    expect(starts.length).toBeGreaterThan(LOG.length / 2)
    for (const [index, start] of starts.entries())
      expect(start.startsWith(starts[index - 1] ?? '')).toBe(true)
  })

  it('counts the characters waiting to be decoded', () => {
    const reader = readJsonString(PATH)
    reader.push('{"reports":[{"id":"x","log":"abc')
    expect(reader.pending).toBe(3)
    expect(reader.value()).toBe('abc')
    expect(reader.pending).toBe(0)
    reader.push('\\')
    expect(reader.value()).toBe('abc')
    expect(reader.pending).toBe(1)
    reader.push('n"}]}')
    expect(reader.value()).toBe('abc\n')
    expect(reader.done).toBe(true)
  })

  it('finds the value among spaces and line breaks, and not in another report', () => {
    const text = '{ "reports" : [\n { "log" : "first" },\n { "log": "second" } ] }'
    expect(readInPieces(text, [20]).seen.at(-1)).toBe('first')
    const second = readJsonString(['reports', 1, 'log'])
    second.push(text)
    expect(second.value()).toBe('second')
  })

  it('gives nothing when the answer has no such value, or one that is not a string', () => {
    for (const text of [
      '{"reports":[]}',
      '{"reports":[{"id":"x"}]}',
      '{"reports":[{"id":"x","log":null}]}',
      '{"message":"not found","code":5}',
    ]) {
      const reader = readJsonString(PATH)
      reader.push(text)
      expect(reader.value(), text).toBeUndefined()
      expect(reader.done).toBe(false)
    }
  })

  it('stops at a value that is not JSON', () => {
    const reader = readJsonString(PATH)
    reader.push('{"reports":[{"log":"a\\qb')
    expect(reader.value()).toBeUndefined()
    expect(reader.failed).toBe(true)
    reader.push('c"}]}')
    expect(reader.value()).toBeUndefined()
  })

  it('gives up on a start that never reaches the value', () => {
    const reader = readJsonString(PATH)
    reader.push('{"reports":[{"config":"')
    for (let piece = 0; piece < 20; piece++) reader.push('x'.repeat(64_000))
    expect(reader.failed).toBe(true)
    expect(reader.value()).toBeUndefined()
  })
})
