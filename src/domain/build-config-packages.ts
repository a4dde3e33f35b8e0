/** Build config rules for `contents.packages`: one package name a line, each once, each one the organization may add. */
import { formatPath } from './build-config-path'
import type { Report } from './build-config-report'
import { kindOf } from './build-config-report'
import type { RulesContext } from './build-config-rules'

/** Why `name` cannot be a package name (entitlement aside), or undefined when it can. */
export function packageNameError(name: string): string | undefined {
  if (name.trim() === '') return 'is empty; write a package name or remove the line'
  if (/\s/.test(name)) return `"${name}" has spaces in it; write one package name per line`
  return undefined
}

/** The `contents` section: its package names (wrong-typed entries left out), the problems in `report`. */
export function checkContents(report: Report, value: unknown, context: RulesContext): string[] | undefined {
  const record = report.section(['contents'], value, 'a map with a packages list')
  if (!record) return undefined
  let packages: string[] | undefined
  for (const [key, list] of Object.entries(record)) {
    if (key === 'packages') packages = checkPackages(report, list, context)
    else report.unknownKey(['contents', key], ['packages'], 'contents has')
  }
  return packages
}

function checkPackages(report: Report, value: unknown, context: RulesContext): string[] | undefined {
  const path = ['contents', 'packages']
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value)) {
    report.error(
      path,
      `must be a list of package names, not ${kindOf(value)}; write each name on a line of its own starting with "- "`,
    )
    return undefined
  }
  const packages: string[] = []
  const seen = new Map<string, number>()
  value.forEach((name: unknown, index) => {
    const at = [...path, index]
    if (name === null || name === undefined)
      return report.error(at, 'is empty; write a package name or remove the line')
    if (typeof name !== 'string') return report.error(at, `must be a package name, not ${kindOf(name)}`)
    packages.push(name)
    const nameError = packageNameError(name)
    if (nameError) return report.error(at, nameError)
    const first = seen.get(name)
    if (first !== undefined)
      return report.error(at, `"${name}" is listed twice (also at ${formatPath([...path, first])})`)
    seen.set(name, index)
    if (context.base?.has(name)) {
      report.warning(at, `"${name}" is already in the base image; listing it changes nothing`)
    } else if (context.entitled && !context.entitled(name)) {
      report.error(at, `"${name}" is not a package this organization may add`)
    }
  })
  return packages
}
