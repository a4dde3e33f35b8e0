import { describe, expect, it } from 'vitest'
import { imageNameError, imageNameMaxLength } from './image-name'

const ORG = 'acme.com'
const check = (name: string, existingNames: string[] = ['node']) =>
  imageNameError(name, { orgName: ORG, existingNames })

describe('imageNameError', () => {
  // the OCI distribution grammar for a path component: [a-z0-9]+ ((. | _ | __ | -+) [a-z0-9]+)*
  it.each([
    'a',
    '0',
    'node-tools',
    'py_3',
    '0cool',
    'node.custom',
    'node.custom.v2',
    'a__b',
    'a--b',
    'a---------b',
    'my_app__v2',
    'x1.y2_z3-w4',
    '22',
  ])('accepts %s', (name) => {
    expect(check(name)).toBeNull()
  })

  it('accepts a name as long as the organization allows, and refuses one character more', () => {
    const max = imageNameMaxLength(ORG)
    expect(max).toBe(255 - 'cgr.dev/acme.com/'.length)
    expect(check('x'.repeat(max))).toBeNull()
    expect(check('x'.repeat(max + 1))).toMatch(
      /^The image name is too long \(239 characters\): use at most 238/,
    )
    // a longer organization name leaves less room for the image's
    expect(imageNameMaxLength('a-much-longer-organization.example')).toBeLessThan(max)
  })

  it.each([
    ['', /^Enter a name for the image: the image name is required\.$/],
    ['-node-', /^The image name must start with a lowercase letter or a digit, not "-"\.$/],
    ['-node', /must start with a lowercase letter or a digit, not "-"/],
    ['.node', /must start with a lowercase letter or a digit, not "\."/],
    ['_node', /must start with a lowercase letter or a digit, not "_"/],
    ['node-', /^The image name must end with a lowercase letter or a digit, not "-"\.$/],
    ['node.', /must end with a lowercase letter or a digit, not "\."/],
    ['node_', /must end with a lowercase letter or a digit, not "_"/],
    ['-', /must start with a lowercase letter or a digit/],
    ['a..b', /cannot have "\.\." between two words/],
    ['a___b', /cannot have "___" between two words/],
    ['a._b', /cannot have "\._" between two words/],
    ['a-.b', /cannot have "-\." between two words/],
    ['a_-b', /cannot have "_-" between two words/],
    [
      'a-_b',
      /cannot have "-_" between two words: separate them with one "\.", one or two "_", or one or more "-"\./,
    ],
    ['Node', /^The image name cannot contain capital letters: use only lowercase letters, digits/],
    ['my image', /cannot contain spaces: use only lowercase letters/],
    ['Bad Name', /cannot contain spaces or capital letters/],
    ['a/b', /cannot contain the character "\/"/],
    ['a:b', /cannot contain the character ":"/],
    ['a@b', /cannot contain the character "@"/],
    ['<script>', /cannot contain the characters "<" ">"/],
    ['nöde', /cannot contain the character "ö"/],
    ['a\u200bb', /cannot contain the character U\+200B/],
    ['a\u202eb', /cannot contain the character U\+202E/],
    ['a\tb', /cannot contain spaces/],
    ['😀', /cannot contain the character "😀"/],
    ['!#$%&*+', /cannot contain the characters "!" "#" "\$" "%" "&" …/],
    [
      'node',
      /^The image name "node" is taken: an image with that name already exists in this organization\.$/,
    ],
  ])('refuses %j', (name, message) => {
    expect(check(name)).toMatch(message)
  })

  it('every refusal names the field', () => {
    for (const name of ['', '-a', 'a-', 'a..b', 'A', 'node', 'x'.repeat(300)]) {
      expect(check(name)).toMatch(/image name/)
    }
  })

  it('agrees with the OCI distribution grammar on every short name over a small alphabet', () => {
    const grammar = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
    const alphabet = ['a', '0', '.', '_', '-']
    let names = ['']
    for (let length = 1; length <= 5; length++) {
      names = names.flatMap((prefix) => alphabet.map((character) => prefix + character))
      for (const name of names) expect(check(name, []) === null, name).toBe(grammar.test(name))
    }
  })
})
