import { describe, expect, it } from 'vitest'
import { withUncoveredFields } from './build-config-document'

describe('withUncoveredFields', () => {
  it('keeps what the document does not cover and takes the edited sections', () => {
    const saved = {
      accounts: { runAs: '65532' },
      contents: { packages: ['curl'], runtimeRepositories: ['https://apk.example.com'] },
      environment: { OLD: '1' },
      certificates: { additional: [{ name: 'a.crt', content: 'x' }], providers: ['system'] },
    }
    expect(
      withUncoveredFields(saved, { contents: { packages: ['jq'] }, annotations: { 'com.example': 'y' } }),
    ).toEqual({
      accounts: { runAs: '65532' },
      contents: { runtimeRepositories: ['https://apk.example.com'], packages: ['jq'] },
      certificates: { providers: ['system'] },
      annotations: { 'com.example': 'y' },
    })
  })

  it('drops a covered section the edit removed, and keeps nothing from a saved overlay with no extras', () => {
    expect(withUncoveredFields({ environment: { A: '1' }, contents: { packages: ['curl'] } }, {})).toEqual({})
    expect(withUncoveredFields(undefined, { environment: { A: '1' } })).toEqual({ environment: { A: '1' } })
  })

  it.each([null, 'text', 42, ['a'], { contents: 'not a map' }])('survives a saved value of %j', (saved) => {
    expect(withUncoveredFields(saved, { environment: { A: '1' } })).toEqual({ environment: { A: '1' } })
  })
})
