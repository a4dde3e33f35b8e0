import { describe, expect, it } from 'vitest'
import { applyEdit } from './malformed-answers'

describe('the malformed answers’ edits', () => {
  it('adds keys to objects only: an array stays an array (a key "length" would resize it)', () => {
    const base = { items: [{ name: 'a' }] }
    expect(applyEdit(base, { kind: 'add', path: ['items'], key: 'length', value: -1 })).toEqual(base)
    expect(applyEdit(base, { kind: 'add', path: ['items', 0], key: 'length', value: -1 })).toEqual({
      items: [{ name: 'a', length: -1 }],
    })
  })
})
