/**
 * Build config rules for `certificates.additional`: each entry a file name and exactly one readable PEM
 * certificate (warned about when expired or not yet valid), names unique, all contents together at most 50 KB.
 */
import { formatPath } from './build-config-path'
import type { Report } from './build-config-report'
import { kindOf } from './build-config-report'
import type { RulesContext } from './build-config-rules'
import { inspectCertificate, type CertificateInfo } from './certificates'
import { isRecord } from './is-record'

/** all certificate contents together, in UTF-8 bytes (50 KB) */
export const CERTIFICATES_MAX_BYTES = 51_200
/** a certificate name is its file name */
const CERTIFICATE_NAME_MAX_BYTES = 255

export interface CertificateEntry {
  name: string
  content: string
}

/** Why `name` cannot name a certificate (it becomes its file name), or undefined when it can. */
export function certificateNameError(name: string): string | undefined {
  if (name.trim() === '') return 'is empty; give the certificate a file name, e.g. example-ca.crt'
  if (/[/\\]/.test(name)) return 'must not contain "/" or "\\": it becomes the certificate\'s file name'
  if (name.includes('..')) return 'must not contain "..": it becomes the certificate\'s file name'
  if (name === '.') return 'cannot be ".": it becomes the certificate\'s file name'
  if (/\p{Cc}/u.test(name)) return 'must not contain control characters (such as tabs or line breaks)'
  if (utf8Length(name) > CERTIFICATE_NAME_MAX_BYTES)
    return `is too long: a file name has at most ${CERTIFICATE_NAME_MAX_BYTES} bytes`
  return undefined
}

/**
 * The `certificates` section: its well-typed entries and what each readable certificate says about
 * itself, in document order; the problems in `report`.
 */
export function checkCertificates(
  report: Report,
  value: unknown,
  context: RulesContext,
): { additional: CertificateEntry[] | undefined; certificates: CertificateInfo[] } {
  const certificates: CertificateInfo[] = []
  const record = report.section(['certificates'], value, 'a map with an additional list')
  if (!record) return { additional: undefined, certificates }
  let additional: CertificateEntry[] | undefined
  for (const [key, list] of Object.entries(record)) {
    if (key === 'additional') additional = checkAdditional(report, list, context, certificates)
    else report.unknownKey(['certificates', key], ['additional'], 'certificates has')
  }
  return { additional, certificates }
}

function checkAdditional(
  report: Report,
  value: unknown,
  context: RulesContext,
  certificates: CertificateInfo[],
): CertificateEntry[] | undefined {
  const path = ['certificates', 'additional']
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value)) {
    report.error(path, `must be a list of certificates, each with a name and content, not ${kindOf(value)}`)
    return undefined
  }
  const entries: CertificateEntry[] = []
  const names = new Map<string, number>()
  let bytes = 0
  value.forEach((item: unknown, index) => {
    const at = [...path, index]
    if (!isRecord(item)) {
      report.error(at, `must be a certificate with a name and content, not ${kindOf(item)}`)
      return
    }
    let name: unknown
    let content: unknown
    for (const [key, field] of Object.entries(item)) {
      if (key === 'name') name = field
      else if (key === 'content') content = field
      else report.unknownKey([...at, key], ['name', 'content'], 'a certificate has')
    }

    const namePath = [...at, 'name']
    let nameOk = false
    if (name === undefined || name === null) {
      report.error(namePath, 'is missing; give the certificate a file name, e.g. example-ca.crt')
    } else if (report.string(namePath, name)) {
      nameOk = true
      const nameError = certificateNameError(name as string)
      const first = names.get(name as string)
      if (nameError) report.error(namePath, nameError)
      else if (first !== undefined)
        report.error(
          namePath,
          `"${name as string}" is already the name of ${formatPath([...path, first])}; each certificate needs a name of its own`,
        )
      else names.set(name as string, index)
    }

    const contentPath = [...at, 'content']
    if (content === undefined || content === null) {
      report.error(contentPath, 'is missing; paste the PEM certificate (-----BEGIN CERTIFICATE-----…)')
      return
    }
    if (!report.string(contentPath, content)) return
    const text = content as string
    bytes += utf8Length(text)
    if (nameOk) entries.push({ name: name as string, content: text })
    const inspected = inspectCertificate(nameOk ? (name as string) : '', text, context.now ?? Date.now())
    if ('error' in inspected) return report.error(contentPath, inspected.error)
    const { info } = inspected
    certificates.push(info)
    const now = context.now ?? Date.now()
    if (info.expired) {
      report.warning(
        contentPath,
        `the certificate (${info.subject}) expired on ${day(info.notAfter)}; programs in the image will not trust it`,
      )
    } else if (Date.parse(info.notBefore) > now) {
      report.warning(
        contentPath,
        `the certificate (${info.subject}) is not valid until ${day(info.notBefore)}`,
      )
    }
  })
  if (bytes > CERTIFICATES_MAX_BYTES) {
    report.error(
      path,
      `all certificates together take ${bytes.toLocaleString('en-US')} bytes; the limit is 50 KB (${CERTIFICATES_MAX_BYTES.toLocaleString('en-US')} bytes)`,
      'key',
    )
  }
  return entries
}

function day(iso: string): string {
  return iso.slice(0, 10)
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length
}
