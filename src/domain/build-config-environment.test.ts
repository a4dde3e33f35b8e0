import { describe, expect, it } from 'vitest'
import { errors, messages, parse, yaml } from '../test/build-config'
import { environmentNameError } from './build-config-environment'

describe('single values', () => {
  it.each([
    ['PORT', undefined],
    ['_x9', undefined],
    ['CHAINGUARD', undefined],
    ['chainguard_x', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['2FA', 'a variable name must not start with a digit'],
    ['A-B-C', '"-" is not allowed in a variable name; use "_" instead: A_B_C'],
    ['A\tB', 'a space is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['ÄRGER', '"Ä" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['A😀', '"😀" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
  ])('environmentNameError(%j)', (name, reason) => {
    expect(environmentNameError(name)).toBe(reason)
  })
})

describe('parseBuildConfig: environment names', () => {
  const env = (name: string) => yaml('environment:', `  ${JSON.stringify(name)}: "x"`)

  it.each([
    'PORT',
    'port',
    '_',
    '_PRIVATE',
    'A1',
    'a_b_c',
    'MY_CHAINGUARD_HOME',
    'CHAINGUARD',
    'CHAINGUARDX',
    'X_CHAINGUARD_',
  ])('accepts %s', (name) => {
    expect(parse(env(name)).problems).toEqual([])
  })

  it.each([
    ['CHAINGUARD_TOKEN', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['chainguard_token', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['Chainguard_Home', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['CHAINGUARD_', 'names starting with CHAINGUARD_ are reserved for the image itself'],
    ['1PORT', 'a variable name must not start with a digit'],
    ['9', 'a variable name must not start with a digit'],
    ['MY-VAR', '"-" is not allowed in a variable name; use "_" instead: MY_VAR'],
    ['MY VAR', 'a space is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['PÖRT', '"Ö" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['ПОРТ', '"П" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['A.B', '"." is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['PATH=', '"=" is not allowed in a variable name; use only letters A–Z, digits and "_"'],
    ['', 'the variable name is empty'],
  ])('refuses %j', (name, reason) => {
    const found = errors(env(name))
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toBe(`${found[0]?.path}: ${reason}`)
    expect(found[0]).toMatchObject({ line: 2, column: 3 })
  })

  it('writes paths of odd names readably', () => {
    expect(errors(env('MY VAR'))[0]?.path).toBe('environment["MY VAR"]')
    expect(errors(env(''))[0]?.path).toBe('environment[""]')
  })

  it('reports a reserved name and a wrong value both', () => {
    expect(messages(yaml('environment:', '  CHAINGUARD_X: 1'))).toEqual([
      'environment.CHAINGUARD_X: names starting with CHAINGUARD_ are reserved for the image itself',
      'environment.CHAINGUARD_X: must be a string; quote it: "1"',
    ])
  })
})
