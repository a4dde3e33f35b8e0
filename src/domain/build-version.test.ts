import { describe, expect, it } from 'vitest'
import { buildVersion, VERSION_ANNOTATION } from './build-version'

const config = (annotations: unknown) =>
  JSON.stringify({ contents: { packages: ['nodejs-22'] }, annotations })

describe('buildVersion', () => {
  it('reads the version stream from the configuration’s version annotation', () => {
    expect(buildVersion(config({ [VERSION_ANNOTATION]: '22.15.0-dev' }))).toBe('22.15.0-dev')
    expect(buildVersion(config({ [VERSION_ANNOTATION]: ' latest ', other: 'x' }))).toBe('latest')
  })

  it.each([
    ['no configuration', undefined],
    ['an empty one', ''],
    ['text that is not JSON', 'contents: {'],
    ['JSON that is not an object', '["22"]'],
    ['no annotations', JSON.stringify({ contents: {} })],
    ['annotations that are not a map', config(['22'])],
    ['no version annotation', config({ foo: 'bar' })],
    ['a blank version', config({ [VERSION_ANNOTATION]: '  ' })],
    ['a version that is not text', config({ [VERSION_ANNOTATION]: 22 })],
  ])('knows no version from %s', (_, value) => {
    expect(buildVersion(value)).toBeUndefined()
  })
})
