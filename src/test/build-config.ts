/** Build config documents, contexts and readers for the build config rule tests. */
import { parseBuildConfig } from '../domain/build-config-read'
import type { ConfigProblem, OverlayDoc, RulesContext } from '../domain/build-config-rules'
import { EXAMPLE_CA } from './fixtures/certificates'

export const NOW = Date.parse('2026-06-01T00:00:00Z')
export const ENTITLED = new Set([
  'curl',
  'jq',
  'git',
  'bash',
  'python-3.13',
  'ca-certificates-bundle',
  'openssl',
])
export const BASE = new Set(['glibc', 'busybox', 'ca-certificates-bundle'])
export const CONTEXT: RulesContext = { entitled: (name) => ENTITLED.has(name), base: BASE, now: NOW }

/** A YAML document from lines (no indentation games in the test source). */
export const yaml = (...lines: string[]) => `${lines.join('\n')}\n`

/** The PEM text indented for a literal block under `content: |`. */
export const block = (pem: string, indent = '      ') =>
  pem
    .trimEnd()
    .split('\n')
    .map((line) => indent + line)

export function parse(text: string, context: RulesContext = CONTEXT) {
  return parseBuildConfig(text, context)
}

export function errors(text: string, context: RulesContext = CONTEXT): ConfigProblem[] {
  return parse(text, context).problems.filter((problem) => problem.severity === 'error')
}

export function messages(text: string, context: RulesContext = CONTEXT): string[] {
  return parse(text, context).problems.map((problem) => problem.message)
}

export const FULL = yaml(
  'contents:',
  '  packages:',
  '    - curl',
  '    - jq',
  'environment:',
  '  PORT: "3000"',
  '  LOG_LEVEL: debug',
  'annotations:',
  '  com.example.team: payments',
  'certificates:',
  '  additional:',
  '    - name: example-ca.crt',
  '      content: |',
  ...block(EXAMPLE_CA, '        '),
)

export const FULL_OVERLAY: OverlayDoc = {
  contents: { packages: ['curl', 'jq'] },
  environment: { PORT: '3000', LOG_LEVEL: 'debug' },
  annotations: { 'com.example.team': 'payments' },
  certificates: { additional: [{ name: 'example-ca.crt', content: EXAMPLE_CA }] },
}
