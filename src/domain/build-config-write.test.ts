import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { FULL, FULL_OVERLAY, messages, parse } from '../test/build-config'
import { validOverlay } from '../test/build-config-arbitraries'
import { EXAMPLE_CA, EXPIRED_ROOT } from '../test/fixtures/certificates'
import { parseBuildConfig } from './build-config-read'
import type { OverlayDoc } from './build-config-rules'
import { buildConfigYaml, editBuildConfig } from './build-config-write'

describe('buildConfigYaml', () => {
  it('writes the canonical document', () => {
    expect(buildConfigYaml(FULL_OVERLAY)).toBe(FULL)
  })

  it('writes sections in canonical order, whatever the order given', () => {
    const overlay: OverlayDoc = {
      certificates: { additional: [{ name: 'ca.crt', content: EXAMPLE_CA }] },
      annotations: { b: '2', a: '1' },
      environment: { Z: '1' },
      contents: { packages: ['jq'] },
    }
    expect(
      buildConfigYaml(overlay)
        .split('\n')
        .filter((line) => /^\S/.test(line)),
    ).toEqual(['contents:', 'environment:', 'annotations:', 'certificates:'])
  })

  it('leaves out empty sections; the empty build config is no text', () => {
    expect(buildConfigYaml(undefined)).toBe('')
    expect(buildConfigYaml({})).toBe('')
    expect(
      buildConfigYaml({ contents: { packages: [] }, environment: {}, annotations: {}, certificates: {} }),
    ).toBe('')
    expect(buildConfigYaml({ contents: {}, environment: { A: 'x' } })).toBe('environment:\n  A: x\n')
  })

  it('quotes values that would otherwise be read as something else', () => {
    const environment = {
      A: '3000',
      B: 'true',
      C: '',
      D: 'null',
      E: ' padded',
      F: 'a: b',
      G: '#x',
      H: '~',
      I: '1e3',
    }
    const text = buildConfigYaml({ environment })
    expect(text).toContain('A: "3000"')
    expect(text).toContain('B: "true"')
    expect(text).toContain('C: ""')
    expect(parse(text)).toEqual({ overlay: { environment }, problems: [], certificates: [] })
  })

  it('writes certificates as literal blocks', () => {
    const text = buildConfigYaml({
      certificates: { additional: [{ name: 'ca.crt', content: `Our CA\n${EXAMPLE_CA}` }] },
    })
    expect(text).toMatch(/^ {6}content: \|\n {8}Our CA\n {8}-----BEGIN CERTIFICATE-----\n/m)
  })

  it('keeps CRLF content exact (as a quoted string)', () => {
    const content = EXAMPLE_CA.replace(/\n/g, '\r\n')
    const overlay = { certificates: { additional: [{ name: 'ca.crt', content }] } }
    expect(parse(buildConfigYaml(overlay)).overlay).toEqual(overlay)
  })

  it('keeps content without a final line break, or with trailing blank lines', () => {
    for (const content of [
      EXAMPLE_CA.trimEnd(),
      `${EXAMPLE_CA}\n\n`,
      `${EXAMPLE_CA}  \n`,
      `  indented text\n${EXAMPLE_CA}`,
    ]) {
      const overlay = { certificates: { additional: [{ name: 'ca.crt', content }] } }
      expect(parse(buildConfigYaml(overlay)).overlay).toEqual(overlay)
    }
  })

  it('writes an API overlay whose certificate lacks a name, so the editor can say so', () => {
    const text = buildConfigYaml({ certificates: { additional: [{ content: EXAMPLE_CA }] } })
    expect(messages(text)).toEqual([
      'certificates.additional[0].name: is missing; give the certificate a file name, e.g. example-ca.crt',
    ])
  })

  it('does not fold long values', () => {
    const value = 'word '.repeat(60).trim()
    expect(buildConfigYaml({ annotations: { 'com.example.note': value } })).toBe(
      `annotations:\n  com.example.note: ${value}\n`,
    )
  })
})

describe('editBuildConfig', () => {
  const edit = (text: string, change: (overlay: OverlayDoc) => OverlayDoc) => {
    const before = parseBuildConfig(text).overlay ?? {}
    return editBuildConfig(text, before, change(structuredClone(before)))
  }

  it('adds a variable and keeps comments, order and the other sections as written', () => {
    const text = `# nginx for the payments team
annotations:
  com.example.team: payments # owner
environment:
  # the port nginx listens on
  PORT: "8080"
contents:
  packages: [curl, jq]
`
    expect(edit(text, (o) => ({ ...o, environment: { ...o.environment, MODE: 'prod' } })))
      .toBe(`# nginx for the payments team
annotations:
  com.example.team: payments # owner
environment:
  # the port nginx listens on
  PORT: "8080"
  MODE: prod
contents:
  packages: [curl, jq]
`)
  })

  it('removes only the entry removed, and the section when it empties', () => {
    const text = 'environment:\n  A: "1" # first\n  B: "2"\nannotations:\n  com.example.x: y # keep\n'
    expect(edit(text, (o) => ({ ...o, environment: { B: '2' } }))).toBe(
      'environment:\n  B: "2"\nannotations:\n  com.example.x: y # keep\n',
    )
    expect(edit(text, ({ annotations }) => ({ annotations }))).toBe(
      'annotations:\n  com.example.x: y # keep\n',
    )
  })

  it('leaves an entry the rules set aside (a number being fixed) where it is', () => {
    const text = 'environment:\n  PORT: 3000\n'
    expect(edit(text, () => ({ environment: { MODE: 'prod' } }))).toBe(
      'environment:\n  PORT: 3000\n  MODE: prod\n',
    )
  })

  it('changes a value in place', () => {
    expect(edit('environment:\n  MODE: dev # was\n', () => ({ environment: { MODE: 'prod' } }))).toBe(
      'environment:\n  MODE: prod # was\n',
    )
  })

  it('adds a certificate as a literal block and removes one by its entry', () => {
    const text = `# internal CAs
certificates:
  additional:
    - name: a.crt # the old one
      content: |
${EXAMPLE_CA.replace(/^/gm, '        ').trimEnd()}
`
    const added = edit(text, (o) => ({
      certificates: {
        additional: [...(o.certificates?.additional ?? []), { name: 'b.crt', content: EXPIRED_ROOT }],
      },
    }))
    expect(added.startsWith(text)).toBe(true)
    expect(added).toContain('    - name: b.crt\n      content: |\n        -----BEGIN CERTIFICATE-----')
    expect(parseBuildConfig(added).overlay?.certificates?.additional?.map((entry) => entry.name)).toEqual([
      'a.crt',
      'b.crt',
    ])
    const removed = edit(added, (o) => ({
      certificates: { additional: o.certificates?.additional?.filter((entry) => entry.name !== 'a.crt') },
    }))
    expect(removed).toContain('# internal CAs\ncertificates:\n  additional:\n    - name: b.crt')
    expect(edit(removed, () => ({}))).toBe('')
  })

  it('starts an empty document, and falls back to the canonical one for text that is not a map', () => {
    expect(edit('', () => ({ environment: { A: '1' } }))).toBe('environment:\n  A: "1"\n')
    expect(editBuildConfig('- a list', {}, { environment: { A: '1' } })).toBe('environment:\n  A: "1"\n')
    expect(editBuildConfig('environment: [', {}, { environment: { A: '1' } })).toBe(
      'environment:\n  A: "1"\n',
    )
  })

  it('always reads back as the overlay asked for (property)', () => {
    fc.assert(
      fc.property(validOverlay, validOverlay, (before, after) => {
        const text = `# kept\n${buildConfigYaml(before)}`
        const edited = editBuildConfig(text, parseBuildConfig(text).overlay ?? {}, after)
        expect(parseBuildConfig(edited).overlay).toEqual(parseBuildConfig(buildConfigYaml(after)).overlay)
      }),
      { numRuns: 150 },
    )
  })
})
