/** `make()`'s value, made on the first call and kept from then on. */
export function memo<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}
