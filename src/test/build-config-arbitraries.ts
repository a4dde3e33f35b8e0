/** fast-check arbitraries of build configs: valid overlays, and text a YAML author might type. */
import fc from 'fast-check'
import { hasErrors } from '../domain/build-config-read'
import { checkOverlay, type ConfigProblem, type OverlayDoc } from '../domain/build-config-rules'
import { BASE, ENTITLED } from './build-config'
import { EXAMPLE_CA, EXAMPLE_LEAF, EXPIRED_ROOT, UNICODE_CA } from './fixtures/certificates'

const ENTITLED_LIST = [...ENTITLED].filter((name) => !BASE.has(name))

const envName = fc
  .stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/)
  .filter((name) => !name.toUpperCase().startsWith('CHAINGUARD_'))
const annotationKey = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 30 })
  .filter(
    (key) =>
      key.trim() !== '' &&
      !key.trim().toLowerCase().startsWith('org.opencontainers') &&
      !key.trim().toLowerCase().startsWith('dev.chainguard'),
  )
const text = fc.string({ unit: 'binary', maxLength: 40 })
const certificateName = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .filter((name) => !/[/\\\p{Cc}]|\.\./u.test(name) && name.trim() !== '' && name !== '.')
export const pem = fc.constantFrom(EXAMPLE_CA, EXAMPLE_LEAF, EXPIRED_ROOT, UNICODE_CA)
const certificateContent = fc
  .tuple(
    fc.option(
      fc.string({ maxLength: 60 }).filter((lead) => !lead.includes('-----')),
      { nil: undefined },
    ),
    pem,
    fc.boolean(),
    fc.constantFrom('', '\n', '  \n\n', ' '),
  )
  .map(([lead, certificate, crlf, trail]) => {
    const content = `${lead === undefined ? '' : `${lead}\n`}${certificate}${trail}`
    return crlf ? content.replace(/\n/g, '\r\n') : content
  })

export const validOverlay: fc.Arbitrary<OverlayDoc> = fc
  .record(
    {
      packages: fc.uniqueArray(fc.constantFrom(...ENTITLED_LIST), { minLength: 1 }),
      environment: fc.dictionary(envName, text, { minKeys: 1, maxKeys: 5 }),
      annotations: fc.dictionary(annotationKey, text, { minKeys: 1, maxKeys: 5 }),
      certificates: fc.uniqueArray(fc.record({ name: certificateName, content: certificateContent }), {
        minLength: 1,
        maxLength: 3,
        selector: (entry) => entry.name,
      }),
    },
    { requiredKeys: [] },
  )
  .map(({ packages, environment, annotations, certificates }) => ({
    ...(packages && { contents: { packages } }),
    ...(environment && { environment }),
    ...(annotations && { annotations }),
    ...(certificates && { certificates: { additional: certificates } }),
  }))

/** What a YAML author might type: fragments of build configs, shuffled. */
export const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'contents:',
        '  packages:',
        '    - curl',
        '    -',
        'environment:',
        '  PORT: 3000',
        '  CHAINGUARD_X: "1"',
        'annotations:',
        '  org.opencontainers.x: y',
        'certificates:',
        '  additional:',
        '    - name: a.crt',
        '      content: |',
        '        -----BEGIN CERTIFICATE-----',
        '        MIIB',
        '        -----END CERTIFICATE-----',
        '---',
        '&a [*a]',
        '? [x]',
        ': y',
        '"unclosed',
        '\t- tab',
        '{ a: [1, 2 }',
        '!!binary aGk=',
        '!tag x',
      ),
      text,
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'))

export function isValidResult(result: { overlay: OverlayDoc | null; problems: ConfigProblem[] }): boolean {
  if (result.overlay === null) return hasErrors(result.problems)
  // the overlay is always well-typed: checking it again finds no type problem, and no new problem at all
  const again = checkOverlay(result.overlay)
  return (
    again.overlay !== null && again.problems.every((problem) => !/must be|not a field/.test(problem.message))
  )
}
