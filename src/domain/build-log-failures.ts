/**
 * Known causes of a failed build, recognized in its log lines: two packages installing one file, a package
 * no repository provides, a timeout. Pure logic.
 */

import type { LogLine } from './build-log-parse'

type FailureKind = 'file-conflict' | 'package-not-found' | 'timeout'

export interface FailureExplanation {
  kind: FailureKind
  /** short headline, e.g. 'Two packages install the same file' */
  title: string
  /** what happened, naming what the log names */
  detail: string
  /** what to do */
  advice: string
  /** index into lines of the first line that shows the cause */
  line: number
  packages?: string[]
  path?: string
}

type Explanation = Omit<FailureExplanation, 'line'>

/**
 * Two packages writing one file. Group `a` is the package installed first, `b` the one that collided.
 * A pattern that starts with a word, not a fixed text, starts only after a space (`(?<!\S)`): otherwise it
 * would try every position in the word again, and a 100,000-character error line would take seconds.
 */
const FILE_CONFLICTS = [
  /installing (?<b>\S+)(?: \([^)\s]*\))?: trying to overwrite (?<path>\S+) owned by (?<a>\S+)/i,
  /unable to install (?<b>\S+): file (?<path>\S+) is already installed by (?<a>\S+)/i,
  /packages (?<a>\S+) and (?<b>\S+) conflict on (?<path>\S+)/i,
  /(?<!\S)(?<a>\S+) and (?<b>\S+) both install (?<path>\S+)/i,
]

/** A package the repository does not have; group `name` may carry a version constraint. */
const PACKAGES_NOT_FOUND = [
  /solving "(?<name>[^"\s]+)" constraint/i,
  /could not find package (?:that provides )?["'`]?(?<name>[^\s"'`]+)/i,
  /package ["'`]?(?<name>[^\s"'`]+)["'`]? (?:was )?not found/i,
  /(?<!\S)(?<name>\S+) \(no such package\)/i,
  /no such package:? ["'`]?(?<name>[^\s"'`,]+)/i,
]
/** apk names what was asked for in brackets: `required by: world[foo]`. */
const REQUIRED_BY = /required by: \S*?\[(?<name>[^\]\s]+)\]/i

/** Timeouts, with the detail to show for each. */
const TIMEOUTS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [
    /timed out after (?<after>\w[\w.]*)/i,
    (match) => `A step of the build took too long and was stopped after ${clean(match.groups?.after)}.`,
  ],
  [/build timed out/i, () => 'The build took longer than allowed and was stopped.'],
  [
    /context deadline exceeded/i,
    () => 'A step of the build took longer than allowed and was stopped (context deadline exceeded).',
  ],
  [
    /i\/o timeout/i,
    () => 'A network connection timed out (i/o timeout), for example while fetching packages.',
  ],
]

const RECOGNIZERS: Array<(text: string) => Explanation | null> = [fileConflict, packageNotFound, timeout]

/**
 * Recognizes known causes among the error lines (first match wins, scanning error lines in order; if none of
 * the error lines match, also scan warn lines; null when nothing known).
 */
export function explainFailure(lines: readonly LogLine[]): FailureExplanation | null {
  const withSeverity = (severity: LogLine['severity']) =>
    lines.flatMap((line, index) => (line.severity === severity ? [index] : []))
  return explainLines(withSeverity('error'), withSeverity('warn'), (index) => lines[index]?.text)
}

/**
 * {@link explainFailure} for a log known by the indexes of its error and warn lines, whose text
 * `textOf` gives: only the lines it looks at are read.
 */
export function explainLines(
  errors: readonly number[],
  warnings: readonly number[],
  textOf: (index: number) => string | undefined,
): FailureExplanation | null {
  for (const indexes of [errors, warnings]) {
    for (const line of indexes) {
      const text = textOf(line)
      if (text === undefined) continue
      for (const recognize of RECOGNIZERS) {
        const explanation = recognize(text)
        if (explanation) return { ...explanation, line }
      }
    }
  }
  return null
}

function fileConflict(text: string): Explanation | null {
  for (const pattern of FILE_CONFLICTS) {
    const groups = pattern.exec(text)?.groups
    if (!groups) continue
    const [a, b, path] = [clean(groups.a), clean(groups.b), clean(groups.path)]
    return {
      kind: 'file-conflict',
      title: 'Two packages install the same file',
      detail: `${a} and ${b} both install ${path}.`,
      advice: 'Keep one of them: remove the other from the build config, then apply it again.',
      packages: [a, b],
      path,
    }
  }
  return null
}

function packageNotFound(text: string): Explanation | null {
  for (const pattern of PACKAGES_NOT_FOUND) {
    const match = pattern.exec(text)
    if (!match) continue
    const requested = text.includes('(no such package)') ? REQUIRED_BY.exec(text)?.groups?.name : undefined
    const name = packageName(requested ?? match.groups?.name)
    if (!name) continue
    return {
      kind: 'package-not-found',
      title: 'A package could not be found',
      detail: `The build needs ${name}, but no repository it uses provides it.`,
      advice:
        `${name} is not in your organization’s entitled packages. Check the name for typos, ` +
        'or remove the package from the build config, then apply it again.',
      packages: [name],
    }
  }
  return null
}

function timeout(text: string): Explanation | null {
  for (const [pattern, detail] of TIMEOUTS) {
    const match = pattern.exec(text)
    if (!match) continue
    return {
      kind: 'timeout',
      title: 'The build timed out',
      detail: detail(match),
      advice:
        'This is often temporary: the image is built again when its packages next update, or when its build config changes. ' +
        'If it keeps happening, reduce what the image installs by removing packages it does not need.',
    }
  }
  return null
}

/** A name or path as written, without surrounding quotes or trailing punctuation. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/^["'`]+|["'`.,;:]+$/g, '')
}

/** `foo>=1.2` → `foo`. */
function packageName(constraint: string | undefined): string {
  return clean(clean(constraint).split(/[<>=~]/)[0])
}
