import { describe, expect, it } from 'vitest'
import { formatPath } from './build-config-path'

describe('single values', () => {
  it('formatPath', () => {
    expect(formatPath([])).toBe('')
    expect(formatPath(['environment', 'PORT'])).toBe('environment.PORT')
    expect(formatPath(['annotations', 'org.opencontainers.x'])).toBe('annotations.org.opencontainers.x')
    expect(formatPath(['certificates', 'additional', 0, 'content'])).toBe(
      'certificates.additional[0].content',
    )
    expect(formatPath(['environment', 'A "B"'])).toBe('environment["A \\"B\\""]')
  })
})
