import { describe, expect, it } from 'vitest'
import { CONTEXT, FULL_OVERLAY, messages, yaml } from '../test/build-config'
import { checkOverlay } from './build-config-rules'

describe('checkOverlay (a JSON body)', () => {
  it('accepts the empty build config in every spelling', () => {
    for (const value of [undefined, null, {}])
      expect(checkOverlay(value)).toEqual({ overlay: {}, problems: [], certificates: [] })
  })

  it('reads a full overlay', () => {
    const checked = checkOverlay(FULL_OVERLAY, CONTEXT)
    expect(checked.problems).toEqual([])
    expect(checked.overlay).toEqual(FULL_OVERLAY)
    expect(checked.certificates).toHaveLength(1)
  })

  it.each([
    [42, 'not the number 42'],
    ['curl', 'not the text "curl"'],
    [[], 'not a list'],
    [true, 'not true'],
    [new Date(0), 'not a date'],
    [new Map(), 'not a value of another kind'],
    [new (class Overlay {})(), 'not a value of another kind'],
  ])('refuses %o as a whole', (value, message) => {
    const checked = checkOverlay(value)
    expect(checked.overlay).toBeNull()
    expect(checked.problems).toEqual([
      { path: '', severity: 'error', message: expect.stringContaining(message) },
    ])
  })

  it('says what is wrong with a value in the same words as the editor', () => {
    const body = { environment: { PORT: 3000 }, contents: { packages: ['curl', 'foo'] } }
    const fromJson = checkOverlay(body, CONTEXT).problems.map((problem) => problem.message)
    expect(fromJson).toEqual([
      'environment.PORT: must be a string; quote it: "3000"',
      'contents.packages[1]: "foo" is not a package this organization may add',
    ])
    const fromYaml = messages(yaml('environment:', '  PORT: 3000', 'contents:', '  packages: [curl, foo]'))
    expect(fromYaml).toEqual(fromJson)
  })

  it('carries no positions', () => {
    const [problem] = checkOverlay({ environment: { '1X': 'a' } }).problems
    expect(problem).toEqual({
      path: 'environment.1X',
      message: 'environment.1X: a variable name must not start with a digit',
      severity: 'error',
    })
  })

  it('takes __proto__ and constructor as plain names', () => {
    const body: unknown = JSON.parse('{"environment": {"__proto__": "a", "constructor": "b"}}')
    const checked = checkOverlay(body)
    expect(checked.problems).toEqual([])
    expect(Object.keys(checked.overlay?.environment ?? {})).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(checked.overlay?.environment)).toBe(Object.prototype)
  })

  it('survives throwing getters and revoked proxies', () => {
    const throwing = Object.defineProperty({}, 'environment', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(checkOverlay(throwing).problems).toEqual([
      expect.objectContaining({ message: 'could not be read as a build config' }),
    ])
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(() => checkOverlay(proxy)).not.toThrow()
    expect(() => checkOverlay({ environment: proxy })).not.toThrow()
  })

  it('refuses an API field this console does not edit', () => {
    expect(checkOverlay({ accounts: { runAs: '65532' } }).problems[0]?.message).toMatch(
      /^accounts: is not a field/,
    )
  })
})
