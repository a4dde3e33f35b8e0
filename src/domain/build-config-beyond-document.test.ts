import { describe, expect, it } from 'vitest'
import { beyondDocumentProblems, splitOverlay, withUncoveredFields } from './build-config-beyond-document'

describe('splitOverlay', () => {
  it('parts the document from the API fields beyond it', () => {
    expect(
      splitOverlay({
        accounts: { runAs: '65532' },
        contents: {
          packages: ['curl'],
          runtimeRepositories: ['https://apk.example.com'],
          runtimeKeyring: [],
        },
        environment: { A: '1' },
        certificates: { providers: ['system'] },
        unknown: 1,
      }),
    ).toEqual({
      document: { contents: { packages: ['curl'] }, environment: { A: '1' }, unknown: 1 },
      beyond: {
        accounts: { runAs: '65532' },
        contents: { runtimeRepositories: ['https://apk.example.com'], runtimeKeyring: [] },
        certificates: { providers: ['system'] },
      },
    })
  })

  it.each([undefined, null, 'text', ['a'], { contents: 'not a map' }, { contents: {} }])(
    'leaves %j to the rules as it is',
    (value) => {
      expect(splitOverlay(value)).toEqual({ document: value, beyond: {} })
    },
  )
})

describe('beyondDocumentProblems', () => {
  it('accepts the shapes the API takes', () => {
    expect(
      beyondDocumentProblems({
        accounts: { runAs: '65532', users: [] },
        contents: {
          runtimeRepositories: ['https://apk.example.com/os'],
          runtimeKeyring: [{ name: 'key.rsa.pub', content: '-----BEGIN PUBLIC KEY-----' }],
        },
        certificates: { providers: ['system'] },
      }),
    ).toEqual([])
  })

  it.each([
    [{ accounts: [] }, 'accounts: must be a map (runAs, users, groups)'],
    [
      { contents: { runtimeRepositories: [1] } },
      'contents.runtimeRepositories: must be a list of repository URLs',
    ],
    [
      { contents: { runtimeKeyring: 'key' } },
      'contents.runtimeKeyring: must be a list of keys, each with a name and a content',
    ],
    [{ certificates: { providers: 'system' } }, 'certificates.providers: must be a list of names'],
  ])('refuses %j', (beyond, message) => {
    expect(beyondDocumentProblems(beyond)).toEqual([message])
  })
})

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
