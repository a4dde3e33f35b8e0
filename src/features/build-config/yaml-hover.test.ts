import { describe, expect, it } from 'vitest'
import { hoverAt, SECTION_DOCS, type PackageInfo } from './yaml-hover'

const CATALOGUE = new Map<string, PackageInfo>([
  ['curl', { name: 'curl', version: '8.11.1-r0', description: 'URL retrieval utility and library' }],
  ['py3.12-pip', { name: 'py3.12-pip', version: '24.3.1-r2' }],
])
const lookup = (name: string) => CATALOGUE.get(name)

const DOCUMENT = `contents:
  packages:
    - curl
    - "py3.12-pip"  # quoted
    - not-a-package
environment:
  PORT: "3000"
annotations:
  com.example.team: platform
certificates:
  additional:
    - name: ca.crt
      content: |
        Subject: CN=Example
        -----BEGIN CERTIFICATE-----
`.split('\n')

const at = (line: number, column: number) => hoverAt(DOCUMENT, line, column, lookup)

describe('hoverAt', () => {
  it('documents each section key, by its place in the document', () => {
    expect(at(1, 1)?.contents).toBe(SECTION_DOCS.contents)
    expect(at(2, 5)?.contents).toBe(SECTION_DOCS['contents.packages'])
    expect(at(6, 11)?.contents).toBe(SECTION_DOCS.environment)
    expect(at(8, 1)?.contents).toBe(SECTION_DOCS.annotations)
    expect(at(10, 3)?.contents).toBe(SECTION_DOCS.certificates)
    expect(at(11, 3)?.contents).toBe(SECTION_DOCS['certificates.additional'])
    expect(at(12, 7)?.contents).toBe(SECTION_DOCS['certificates.additional.name'])
    expect(at(13, 7)?.contents).toBe(SECTION_DOCS['certificates.additional.content'])
  })

  it('covers exactly the hovered word', () => {
    expect(at(2, 3)).toEqual({ contents: SECTION_DOCS['contents.packages'], startColumn: 3, endColumn: 11 })
    expect(at(2, 2)).toBeNull()
    expect(at(2, 11)).toBeNull()
  })

  it("shows a package's version and description, quoted or not", () => {
    expect(at(3, 7)).toEqual({
      contents: '**curl** 8.11.1-r0\n\nURL retrieval utility and library',
      startColumn: 7,
      endColumn: 11,
    })
    expect(at(4, 9)?.contents).toBe('**py3.12-pip** 24.3.1-r2')
    expect(at(4, 9)?.startColumn).toBe(8)
  })

  it('says when a listed package is not in the catalogue', () => {
    expect(at(5, 8)?.contents).toBe("**not-a-package**: not in the organization's catalogue.")
  })

  it('has nothing to say about variables, annotation keys, certificate text or places off the document', () => {
    expect(at(7, 4)).toBeNull()
    expect(at(9, 5)).toBeNull()
    expect(at(14, 10)).toBeNull()
    expect(at(15, 12)).toBeNull()
    expect(at(99, 1)).toBeNull()
    expect(at(3, 1)).toBeNull()
  })

  it('reads a list written at the same indentation as its key', () => {
    expect(hoverAt(['contents:', '  packages:', '  - curl'], 3, 5, lookup)?.contents).toContain('**curl**')
  })
})
