/**
 * Whether a value is a plain map of keys to values: an object made by `{}`, `JSON.parse` or a YAML
 * reader (or one without a prototype), not a list, a date, binary data or another class's instance.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
