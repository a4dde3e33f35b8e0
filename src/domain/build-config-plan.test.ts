import { describe, expect, it } from 'vitest'
import { FULL_OVERLAY, NOW } from '../test/build-config'
import { EXAMPLE_CA, EXAMPLE_LEAF, EXPIRED_ROOT } from '../test/fixtures/certificates'
import { describePlan } from './build-config-plan'

describe('describePlan', () => {
  it('says no changes when nothing changes', () => {
    expect(describePlan(undefined, undefined)).toBe('no changes')
    expect(describePlan({}, { contents: { packages: [] } })).toBe('no changes')
    expect(describePlan(FULL_OVERLAY, structuredClone(FULL_OVERLAY))).toBe('no changes')
    expect(describePlan({ contents: { packages: ['a', 'b'] } }, { contents: { packages: ['b', 'a'] } })).toBe(
      'no changes',
    )
  })

  it('counts packages added and removed, with a minus sign', () => {
    expect(
      describePlan({ contents: { packages: ['curl'] } }, { contents: { packages: ['jq', 'git'] } }),
    ).toBe('packages +2 \u22121')
    expect(describePlan({ contents: { packages: ['curl'] } }, {})).toBe('packages −1')
  })

  it('counts variables and annotations added, changed and removed', () => {
    expect(
      describePlan(
        { environment: { A: '1', B: '2', C: '3' }, annotations: { x: '1' } },
        { environment: { A: '1', B: 'changed', D: '4' }, annotations: { x: '1', y: '2' } },
      ),
    ).toBe('environment +1 ~1 −1; annotations +1')
  })

  it('names the certificates it adds or changes, with their expiry', () => {
    expect(
      describePlan(
        undefined,
        { certificates: { additional: [{ name: 'ca.crt', content: EXAMPLE_LEAF }] } },
        NOW,
      ),
    ).toBe('certificates +1 (CN=internal.example.com, expires 2027-03-01)')
    expect(
      describePlan(
        {
          certificates: {
            additional: [
              { name: 'ca.crt', content: EXAMPLE_CA },
              { name: 'gone.crt', content: EXAMPLE_CA },
            ],
          },
        },
        {
          certificates: {
            additional: [
              { name: 'ca.crt', content: EXPIRED_ROOT },
              { name: 'bad.crt', content: 'x' },
            ],
          },
        },
        NOW,
      ),
    ).toBe(
      'certificates +1 ~1 −1 (CN=Old Example Root, expired 2022-06-30; bad.crt: not a readable certificate)',
    )
    expect(
      describePlan({ certificates: { additional: [{ name: 'ca.crt', content: EXAMPLE_CA }] } }, {}, NOW),
    ).toBe('certificates −1')
  })

  it('puts it all together in the documented order', () => {
    expect(
      describePlan(
        { contents: { packages: ['git'] }, environment: { LOG_LEVEL: 'info' } },
        {
          ...FULL_OVERLAY,
          certificates: { additional: [{ name: 'leaf.crt', content: EXAMPLE_LEAF }] },
        },
        NOW,
      ),
    ).toBe(
      'packages +2 −1; environment +1 ~1; annotations +1; certificates +1 (CN=internal.example.com, expires 2027-03-01)',
    )
  })
})
