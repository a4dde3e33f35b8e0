/**
 * The DER reader: reads only what the certificate rules need from an X.509 certificate (subject, issuer,
 * validity, serial number). It is strict about the outer structure (so other PEM payloads, such as a CSR or
 * a public key, are refused), does not verify signatures, and weighs a few kilobytes instead of the ~110 kB
 * of a general ASN.1 library.
 */

/** Thrown inside the DER reader only; turned into a problem message by {@link readCertificate}. */
class DerError extends Error {}

interface Element {
  tag: number
  /** offset of the contents */
  start: number
  /** offset just after the element */
  end: number
  /** offset of the tag byte */
  from: number
}

const TAG = {
  integer: 0x02,
  bitString: 0x03,
  oid: 0x06,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
  version: 0xa0,
} as const

/** The element at `offset`, which must end by `limit` (its header must be in `der` in any case). */
function element(der: Uint8Array, offset: number, limit: number): Element {
  if (offset + 2 > Math.min(limit, der.length)) throw new DerError('cut off')
  const tag = der[offset] as number
  if ((tag & 0x1f) === 0x1f) throw new DerError('unsupported tag')
  let length = der[offset + 1] as number
  let start = offset + 2
  if (length & 0x80) {
    const count = length & 0x7f
    if (count === 0 || count > 4) throw new DerError('unsupported length')
    if (start + count > Math.min(limit, der.length)) throw new DerError('cut off')
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + (der[start + i] as number)
    start += count
  }
  const end = start + length
  if (end > limit) throw new DerError('cut off')
  return { tag, start, end, from: offset }
}

/** Reads the elements inside a constructed element in turn, checking each one's tag. */
class Reader {
  private at: number
  constructor(
    private readonly der: Uint8Array,
    private readonly parent: { start: number; end: number },
  ) {
    this.at = parent.start
  }
  next(tag: number): Element {
    const next = element(this.der, this.at, this.parent.end)
    if (next.tag !== tag) throw new DerError(`expected tag ${tag}, found ${next.tag}`)
    this.at = next.end
    return next
  }
  peek(): number | undefined {
    return this.at < this.parent.end ? this.der[this.at] : undefined
  }
  done(): void {
    if (this.at !== this.parent.end) throw new DerError('unexpected data')
  }
  rest(): Element[] {
    const elements: Element[] = []
    while (this.at < this.parent.end) {
      const next = element(this.der, this.at, this.parent.end)
      elements.push(next)
      this.at = next.end
    }
    return elements
  }
}

export interface Certificate {
  subject: string
  issuer: string
  notBefore: number
  notAfter: number
  selfSigned: boolean
  serialNumber: string
}

/**
 * Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }
 * TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer, validity,
 *   subject, subjectPublicKeyInfo, [1] [2] [3] OPTIONAL }
 */
export function readCertificate(der: Uint8Array): Certificate | string {
  const notACertificate = 'is not an X.509 certificate: its base64 text decodes to data of another kind'
  let outer: Element
  try {
    if (der[0] !== TAG.sequence) return notACertificate
    outer = element(der, 0, Number.MAX_SAFE_INTEGER)
  } catch {
    return notACertificate
  }
  // a certificate whose base64 text lost its end: say so, rather than "data of another kind"
  if (outer.end > der.length) return 'the certificate data is cut off (its base64 text is incomplete)'
  try {
    if (outer.end !== der.length) throw new DerError('trailing data')
    const certificate = new Reader(der, outer)
    const tbs = new Reader(der, certificate.next(TAG.sequence))
    algorithm(der, certificate.next(TAG.sequence))
    certificate.next(TAG.bitString)
    certificate.done()

    if (tbs.peek() === TAG.version) {
      const version = new Reader(der, tbs.next(TAG.version))
      const number = version.next(TAG.integer)
      version.done()
      if (number.end - number.start !== 1 || (der[number.start] as number) > 2)
        throw new DerError('unknown version')
    }
    const serial = tbs.next(TAG.integer)
    if (serial.end === serial.start) throw new DerError('empty serial')
    algorithm(der, tbs.next(TAG.sequence))
    const issuer = tbs.next(TAG.sequence)
    const validity = new Reader(der, tbs.next(TAG.sequence))
    const notBefore = time(der, validity)
    const notAfter = time(der, validity)
    validity.done()
    const subject = tbs.next(TAG.sequence)
    const publicKey = new Reader(der, tbs.next(TAG.sequence))
    algorithm(der, publicKey.next(TAG.sequence))
    publicKey.next(TAG.bitString)
    publicKey.done()
    for (const optional of tbs.rest()) {
      if (![0x81, 0x82, 0xa3].includes(optional.tag)) throw new DerError('unexpected field')
    }

    return {
      subject: distinguishedName(der, subject),
      issuer: distinguishedName(der, issuer),
      notBefore,
      notAfter,
      selfSigned: sameBytes(der.subarray(issuer.from, issuer.end), der.subarray(subject.from, subject.end)),
      serialNumber: serialNumber(der.subarray(serial.start, serial.end)),
    }
  } catch (error) {
    if (error instanceof DerError) return notACertificate
    throw error
  }
}

/** An INTEGER as OpenSSL prints a serial: upper-case hex of even length, `-` before a negative one. */
function serialNumber(bytes: Uint8Array): string {
  let value = 0n
  for (const byte of bytes) value = value * 256n + BigInt(byte)
  if ((bytes[0] ?? 0) & 0x80) value -= 1n << BigInt(bytes.length * 8)
  const digits = (value < 0n ? -value : value).toString(16).toUpperCase()
  return `${value < 0n ? '-' : ''}${digits.length % 2 ? '0' : ''}${digits}`
}

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
function algorithm(der: Uint8Array, sequence: Element): void {
  const reader = new Reader(der, sequence)
  reader.next(TAG.oid)
  reader.rest()
}

function time(der: Uint8Array, reader: Reader): number {
  const tag = reader.peek()
  const value = reader.next(tag === TAG.generalizedTime ? TAG.generalizedTime : TAG.utcTime)
  const text = latin1(der.subarray(value.start, value.end))
  const match =
    tag === TAG.generalizedTime
      ? /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:\.\d+)?Z$/.exec(text)
      : /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?Z$/.exec(text)
  if (!match) throw new DerError('bad time')
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '0'] = match
  const year = y.length === 2 ? (Number(y) >= 50 ? 1900 : 2000) + Number(y) : Number(y)
  const date = new Date(0)
  date.setUTCFullYear(year, Number(mo) - 1, Number(d))
  date.setUTCHours(Number(h), Number(mi), Number(s), 0)
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || Number(h) > 23)
    throw new DerError('bad time')
  if (Number(mi) > 59 || Number(s) > 59) throw new DerError('bad time')
  return date.getTime()
}

const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
}

/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY }, written `CN=…, O=…` in encoded order. */
function distinguishedName(der: Uint8Array, name: Element): string {
  const parts: string[] = []
  for (const rdn of new Reader(der, name).rest()) {
    if (rdn.tag !== TAG.set) throw new DerError('bad name')
    const values: string[] = []
    for (const attribute of new Reader(der, rdn).rest()) {
      if (attribute.tag !== TAG.sequence) throw new DerError('bad name')
      const reader = new Reader(der, attribute)
      const type = objectIdentifier(der.subarray(...range(reader.next(TAG.oid))))
      const [value] = reader.rest()
      if (!value) throw new DerError('bad name')
      values.push(`${ATTRIBUTE_NAMES[type] ?? type}=${escapeValue(attributeValue(der, value))}`)
    }
    parts.push(values.join(' + '))
  }
  return parts.join(', ')
}

function range(element: Element): [number, number] {
  return [element.start, element.end]
}

function attributeValue(der: Uint8Array, value: Element): string {
  const bytes = der.subarray(value.start, value.end)
  switch (value.tag) {
    case 0x0c: // UTF8String
      return new TextDecoder().decode(bytes)
    case 0x12: // NumericString
    case 0x13: // PrintableString
    case 0x14: // TeletexString (read as Latin-1, as most tools do)
    case 0x16: // IA5String
    case 0x1a: // VisibleString
      return latin1(bytes)
    case 0x1e: // BMPString
      return new TextDecoder('utf-16be').decode(bytes)
    case 0x1c: {
      // UniversalString
      let text = ''
      for (let i = 0; i + 3 < bytes.length; i += 4) {
        const codePoint =
          (((bytes[i] as number) << 24) |
            ((bytes[i + 1] as number) << 16) |
            ((bytes[i + 2] as number) << 8) |
            (bytes[i + 3] as number)) >>>
          0
        text += String.fromCodePoint(codePoint > 0x10ffff ? 0xfffd : codePoint)
      }
      return text
    }
    default:
      return `#${[...der.subarray(value.from, value.end)].map(hex).join('').toLowerCase()}`
  }
}

/** RFC 4514 escaping of the characters that would make the name ambiguous. */
function escapeValue(value: string): string {
  return value.replace(/[,+"\\<>;]/g, (character) => `\\${character}`).replace(/[\p{Cc}]/gu, '?')
}

function objectIdentifier(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DerError('bad oid')
  const arcs: number[] = []
  let value = 0
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f)
    if (byte & 0x80) continue
    if (arcs.length === 0)
      arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80)
    else arcs.push(value)
    value = 0
  }
  if ((bytes[bytes.length - 1] as number) & 0x80) throw new DerError('bad oid')
  return arcs.join('.')
}

function latin1(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return text
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index])
}

/** A byte as two upper-case hex digits, as OpenSSL prints serials and fingerprints. */
export function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0')
}
