import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineDiff } from './line-diff'

const show = (before: string, after: string) =>
  lineDiff(before, after).map((line) => `${line.kind}${line.text}`)

describe('lineDiff', () => {
  it('marks removed and added lines and keeps the common ones', () => {
    expect(show('a\nb\nc\n', 'a\nc\nd\n')).toEqual([' a', '-b', ' c', '+d'])
  })

  it('puts a changed line as a removal then an addition', () => {
    expect(show('environment:\n  MODE: dev\n', 'environment:\n  MODE: prod\n')).toEqual([
      ' environment:',
      '-  MODE: dev',
      '+  MODE: prod',
    ])
  })

  it('handles empty documents and line endings', () => {
    expect(show('', '')).toEqual([])
    expect(show('', 'a\n')).toEqual(['+a'])
    expect(show('a\r\nb', 'a\nb\n')).toEqual([' a', ' b'])
  })

  it('gives back both documents, and keeps their common lines (property)', () => {
    const doc = fc
      .array(fc.constantFrom('a', 'b', 'c', '  - curl', ''), { maxLength: 12 })
      .map((l) => l.join('\n'))
    fc.assert(
      fc.property(doc, doc, (before, after) => {
        const lines = lineDiff(before, after)
        const side = (kinds: string) =>
          lines
            .filter((line) => kinds.includes(line.kind))
            .map((line) => line.text)
            .join('\n')
        expect(side(' -')).toBe(before === '' ? '' : before.replace(/\n$/, ''))
        expect(side(' +')).toBe(after === '' ? '' : after.replace(/\n$/, ''))
        if (before === after) expect(lines.every((line) => line.kind === ' ')).toBe(true)
      }),
    )
  })
})
