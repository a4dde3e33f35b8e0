/** Build config rules for `environment`: variable names (letters, digits and `_`, not `CHAINGUARD_…`) to string values. */
import type { Report } from './build-config-report'

const RESERVED_ENV_PREFIX = 'CHAINGUARD_'
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Why `name` cannot be an environment variable name, or undefined when it can. */
export function environmentNameError(name: string): string | undefined {
  if (name.toUpperCase().startsWith(RESERVED_ENV_PREFIX))
    return `names starting with ${RESERVED_ENV_PREFIX} are reserved for the image itself`
  if (ENV_NAME.test(name)) return undefined
  if (name === '') return 'the variable name is empty'
  if (/^[0-9]/.test(name)) return 'a variable name must not start with a digit'
  const stray = [...name].find((character) => !/[A-Za-z0-9_]/.test(character)) ?? ''
  if (stray === '-')
    return `"-" is not allowed in a variable name; use "_" instead: ${name.replace(/-/g, '_')}`
  const shown = /\s/.test(stray) ? 'a space' : `"${stray}"`
  return `${shown} is not allowed in a variable name; use only letters A–Z, digits and "_"`
}

/** The `environment` section: variable names to string values. */
export function checkEnvironment(report: Report, value: unknown): Record<string, string> | undefined {
  return report.stringMap(
    'environment',
    value,
    'variable names to values (PORT: "3000")',
    environmentNameError,
  )
}
