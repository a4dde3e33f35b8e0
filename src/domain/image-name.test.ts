import { describe, expect, it } from 'vitest'
import { imageNameError } from './image-name'

describe('imageNameError', () => {
  it.each(['node-tools', 'py_3', 'a', '0cool', 'x'.repeat(128)])('accepts %s', (name) => {
    expect(imageNameError(name, ['node'])).toBeNull()
  })

  it.each([
    ['', /Enter a name/],
    ['Node', /lowercase/],
    ['my image', /lowercase/],
    ['a.b', /lowercase/],
    ['a/b', /lowercase/],
    ['<script>', /lowercase/],
    ['x'.repeat(129), /too long/],
    ['node', /already exists/],
  ])('refuses %j', (name, message) => {
    expect(imageNameError(name, ['node'])).toMatch(message)
  })
})
