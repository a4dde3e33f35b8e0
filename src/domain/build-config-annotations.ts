/** Build config rules for `annotations`: keys (not the image's own, reserved ones) to string values. */
import type { Report } from './build-config-report'

const RESERVED_ANNOTATION_PREFIXES = ['org.opencontainers', 'dev.chainguard'] as const

/** Why `key` cannot be an annotation key, or undefined when it can. */
export function annotationKeyError(key: string): string | undefined {
  const lower = key.trim().toLowerCase()
  const reserved = RESERVED_ANNOTATION_PREFIXES.find((prefix) => lower.startsWith(prefix))
  if (reserved) return `keys starting with "${reserved}" are reserved: the image's own build sets them`
  if (lower === '') return 'the key is empty'
  return undefined
}

/** The `annotations` section: keys to string values. */
export function checkAnnotations(report: Report, value: unknown): Record<string, string> | undefined {
  return report.stringMap(
    'annotations',
    value,
    'keys to values (com.example.team: payments)',
    annotationKeyError,
  )
}
