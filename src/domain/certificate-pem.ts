/**
 * PEM text of a certificate entry: exactly one `CERTIFICATE` block, optionally preceded by descriptive
 * text, never a private key, and its base64 body decoded strictly to DER bytes.
 */

const CERTIFICATE_LABEL = 'CERTIFICATE'
const BEGIN = /^-----BEGIN ([^-\r\n]*)-----[ \t]*$/
const END = /^-----END ([^-\r\n]*)-----[ \t]*$/
const MARKER = /-----(BEGIN|END) ([^-\r\n]*)-----/

/** The base64 text of the one CERTIFICATE block, or why there is not exactly one. */
export function pemCertificate(content: string): { base64: string } | { error: string } {
  if (content.trim() === '')
    return { error: 'is empty; paste a PEM certificate (-----BEGIN CERTIFICATE-----…)' }
  const lines = content.split(/\r\n|\r|\n/)

  // A private key anywhere is refused first, whatever else the content holds.
  for (const line of lines) {
    const marker = MARKER.exec(line)
    if (marker?.[2]?.includes('PRIVATE KEY')) {
      return {
        error:
          `holds a private key (${marker[2]}). Never put a private key in a build config: everyone who ` +
          'can pull the image could read it. Keep only the certificate.',
      }
    }
  }

  const blocks: { label: string; begin: number; end?: number }[] = []
  let open: { label: string; begin: number } | undefined
  for (const [index, line] of lines.entries()) {
    const begin = BEGIN.exec(line)
    const end = END.exec(line)
    if (begin) {
      if (open) return { error: cutOff(open.label, open.begin) }
      open = { label: begin[1] ?? '', begin: index }
    } else if (end) {
      if (!open) return { error: `line ${index + 1}: "-----END ${end[1]}-----" has no BEGIN line before it` }
      if (end[1] !== open.label) {
        return {
          error: `line ${index + 1}: the block that begins "-----BEGIN ${open.label}-----" must end with "-----END ${open.label}-----"`,
        }
      }
      blocks.push({ ...open, end: index })
      open = undefined
    } else if (MARKER.test(line)) {
      return {
        error: `line ${index + 1}: a "-----BEGIN …-----" or "-----END …-----" line must stand alone at the start of its line`,
      }
    }
  }
  if (open) return { error: cutOff(open.label, open.begin) }

  const certificates = blocks.filter((block) => block.label === CERTIFICATE_LABEL)
  const others = blocks.filter((block) => block.label !== CERTIFICATE_LABEL)
  if (certificates.length === 0) {
    const other = others[0]
    if (other) {
      return {
        error: `holds a ${other.label} block, not a certificate; paste a block that begins with -----BEGIN CERTIFICATE-----`,
      }
    }
    return { error: 'has no certificate; paste a PEM block that begins with -----BEGIN CERTIFICATE-----' }
  }
  if (certificates.length > 1) {
    return {
      error: `holds ${certificates.length} certificates; each entry takes exactly one, so give each certificate an entry (and a name) of its own`,
    }
  }
  const other = others[0]
  if (other)
    return { error: `holds a ${other.label} block besides the certificate; keep only the certificate` }

  const certificate = certificates[0] as { begin: number; end: number }
  const after = lines.slice(certificate.end + 1).findIndex((line) => line.trim() !== '')
  if (after !== -1) {
    return {
      error: `line ${certificate.end + after + 2}: nothing may follow "-----END CERTIFICATE-----"; descriptive text goes before the certificate`,
    }
  }
  const body = lines.slice(certificate.begin + 1, certificate.end)
  if (body.some((line) => line.includes(':'))) {
    return {
      error: 'the certificate block has header lines ("Name: value"); a certificate has only base64 text',
    }
  }
  return { base64: body.join('') }
}

function cutOff(label: string, begin: number): string {
  return `line ${begin + 1}: the ${label} block is cut off: its "-----END ${label}-----" line is missing`
}

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUE = new Map([...BASE64_DIGITS].map((digit, value) => [digit, value]))

/** Strict base64 (whitespace ignored, padding required), as DER bytes; or why it is not. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | string {
  const digits = text.replace(/[ \t\r\n]/g, '')
  if (digits === '') return 'the certificate block is empty: no base64 text between its BEGIN and END lines'
  const stray = /[^A-Za-z0-9+/=]/.exec(digits)
  if (stray) return `the certificate's base64 text holds "${stray[0]}", which base64 does not use`
  const padding = /=*$/.exec(digits)?.[0].length ?? 0
  if (padding > 2 || digits.slice(0, digits.length - padding).includes('=') || digits.length % 4 !== 0) {
    return 'the certificate\'s base64 text is cut off or has extra characters (its length must be a multiple of 4, with "=" only at the end)'
  }
  const bytes = new Uint8Array((digits.length / 4) * 3 - padding)
  let at = 0
  for (let i = 0; i < digits.length; i += 4) {
    let chunk = 0
    for (let j = 0; j < 4; j++) chunk = (chunk << 6) | (BASE64_VALUE.get(digits[i + j] ?? '') ?? 0)
    for (const shift of [16, 8, 0]) if (at < bytes.length) bytes[at++] = (chunk >> shift) & 0xff
  }
  return bytes
}
