/**
 * Build config rules, shared by the console (inline errors, the YAML editor) and the mock backend
 * (400 answers). Every problem names the field and says why, in words a user understands. The rules of
 * each section live beside this module (`build-config-packages.ts`, `-environment`, `-annotations`,
 * `-certificates`); this one walks a whole build config through them.
 *
 * These modules check plain values (an API body, or YAML already read); `build-config-read.ts` reads
 * YAML text and places each problem on its line. They do not import the YAML parser, so the mock
 * backend can use these rules without it.
 */
import { checkAnnotations } from './build-config-annotations'
import { checkCertificates } from './build-config-certificates'
import { checkEnvironment } from './build-config-environment'
import { checkContents } from './build-config-packages'
import { formatPath, type PathSegment } from './build-config-path'
import { Report, kindOf, type Finding } from './build-config-report'
import type { CertificateInfo } from './certificates'
import { isRecord } from './is-record'

/** A build config (API `CustomOverlay`) as the console edits it. */
export interface OverlayDoc {
  contents?: { packages?: string[] }
  environment?: Record<string, string>
  annotations?: Record<string, string>
  certificates?: { additional?: { name: string; content: string }[] }
}

export interface ConfigProblem {
  /** dotted path, e.g. `environment.PORT`, `certificates.additional[0].content`; '' for the document */
  path: string
  /** names the field and says why, e.g. `environment.PORT: must be a string; quote it: "3000"` */
  message: string
  severity: 'error' | 'warning'
  /** 1-based position in the YAML text, when known */
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

export interface RulesContext {
  /** package names the organization may add; when absent, entitlement is not checked */
  entitled?: (name: string) => boolean
  /** the source image's packages: listing one is allowed (with a warning that it changes nothing) */
  base?: ReadonlySet<string>
  /** for certificate expiry (ms since the epoch); default `Date.now()` */
  now?: number
}

export interface CheckedOverlay {
  /**
   * the well-typed part of the value (wrong-typed entries left out, empty sections dropped); null when
   * the value is not a map at all. It may still break rules: apply it only when no problem is an error.
   */
  overlay: OverlayDoc | null
  problems: ConfigProblem[]
  /** what each readable certificate says about itself, in document order */
  certificates: CertificateInfo[]
}

const SECTIONS = ['contents', 'environment', 'annotations', 'certificates'] as const

export interface Findings {
  overlay: OverlayDoc | null
  findings: Finding[]
  certificates: CertificateInfo[]
}

/**
 * Checks a build config value (an API body, or YAML already read) with every rule. Never throws,
 * whatever the value; `undefined` and `null` are the empty build config.
 */
export function checkOverlay(value: unknown, context: RulesContext = {}): CheckedOverlay {
  const { overlay, findings, certificates } = overlayFindings(value, context)
  return { overlay, problems: findings.map(findingToProblem), certificates }
}

/**
 * {@link checkOverlay} with each problem's place kept apart from its words, for
 * `build-config-read.ts` to put on a line. `source` gives the text a scalar was written as, for
 * the "quote it" hint.
 */
export function overlayFindings(
  value: unknown,
  context: RulesContext = {},
  source: (segments: PathSegment[]) => string | undefined = () => undefined,
): Findings {
  try {
    return checkSections(value, context, new Report(source))
  } catch {
    // a throwing getter, a revoked proxy…: nothing a build config body holds
    return {
      overlay: null,
      findings: [
        { segments: [], at: 'value', reason: 'could not be read as a build config', severity: 'error' },
      ],
      certificates: [],
    }
  }
}

export function findingToProblem(finding: Finding): ConfigProblem {
  const path = formatPath(finding.segments)
  return { path, message: path ? `${path}: ${finding.reason}` : finding.reason, severity: finding.severity }
}

/** Each section through its rules, in the order the value has them. */
function checkSections(value: unknown, context: RulesContext, report: Report): Findings {
  let certificates: CertificateInfo[] = []
  const result = (overlay: OverlayDoc | null): Findings => ({
    overlay,
    findings: report.findings,
    certificates,
  })
  if (value === undefined || value === null) return result({})
  if (!isRecord(value)) {
    report.error(
      [],
      `a build config must be a map of sections (${SECTIONS.join(', ')}), not ${kindOf(value)}`,
    )
    return result(null)
  }
  const overlay: OverlayDoc = {}
  for (const [key, section] of Object.entries(value)) {
    if (key === 'contents') {
      const packages = checkContents(report, section, context)
      if (packages?.length) overlay.contents = { packages }
    } else if (key === 'environment') {
      const environment = checkEnvironment(report, section)
      if (environment) overlay.environment = environment
    } else if (key === 'annotations') {
      const annotations = checkAnnotations(report, section)
      if (annotations) overlay.annotations = annotations
    } else if (key === 'certificates') {
      const checked = checkCertificates(report, section, context)
      certificates = checked.certificates
      if (checked.additional?.length) overlay.certificates = { additional: checked.additional }
    } else {
      report.unknownKey([key], SECTIONS, 'a build config has')
    }
  }
  return result(overlay)
}
