import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CONTEXT, NOW } from '../test/build-config'
import { isValidResult, pem, validOverlay, yamlish } from '../test/build-config-arbitraries'
import { describePlan } from './build-config-plan'
import { parseBuildConfig } from './build-config-read'
import { checkOverlay } from './build-config-rules'
import { buildConfigYaml } from './build-config-write'

describe('properties', () => {
  it('parseBuildConfig never throws and returns problems or a valid overlay, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), yamlish), (input) => {
        const result = parseBuildConfig(input, CONTEXT)
        expect(isValidResult(result)).toBe(true)
        for (const problem of result.problems) {
          expect(problem.message).toEqual(expect.any(String))
          if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('checkOverlay never throws and returns problems or a valid overlay, whatever the value', () => {
    const overlayish = fc.record(
      {
        contents: fc.oneof(
          fc.anything(),
          fc.record({ packages: fc.oneof(fc.anything(), fc.array(fc.anything())) }),
        ),
        environment: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
        annotations: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
        certificates: fc.oneof(
          fc.anything(),
          fc.record({
            additional: fc.array(fc.record({ name: fc.anything(), content: fc.oneof(fc.anything(), pem) })),
          }),
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), overlayish), (value) => {
        expect(isValidResult(checkOverlay(value, CONTEXT))).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('a valid overlay goes YAML → overlay → YAML unchanged', () => {
    fc.assert(
      fc.property(validOverlay, (overlay) => {
        const text = buildConfigYaml(overlay)
        const parsed = parseBuildConfig(text, CONTEXT)
        expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([])
        expect(parsed.overlay).toEqual(overlay)
        expect(buildConfigYaml(parsed.overlay ?? undefined)).toBe(text)
        expect(checkOverlay(overlay, CONTEXT).problems).toEqual(
          parsed.problems.map(({ path, message, severity }) => ({ path, message, severity })),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('describePlan of an overlay against itself is no changes', () => {
    fc.assert(
      fc.property(validOverlay, (overlay) => {
        expect(describePlan(overlay, structuredClone(overlay), NOW)).toBe('no changes')
      }),
      { numRuns: 100 },
    )
  })
})
