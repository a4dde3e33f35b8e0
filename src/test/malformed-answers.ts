/** fast-check arbitraries of API answers gone wrong: a valid answer with one to three fields broken. */
import fc from 'fast-check'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = Array<string | number>

/** Every place in `value` a field or an element sits, the deepest last. */
function pathsIn(value: Json, at: Path = []): Path[] {
  const children: Array<[string | number, Json]> = Array.isArray(value)
    ? value.map((element, index) => [index, element])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : []
  return children.flatMap(([key, child]) => [[...at, key], ...pathsIn(child, [...at, key])])
}

type Edit =
  | { kind: 'replace'; path: Path; value: Json }
  | { kind: 'delete'; path: Path }
  | { kind: 'add'; path: Path; key: string; value: Json }

/** `root` with one edit made (a copy); an edit whose place an earlier edit removed changes nothing. */
export function applyEdit(root: Json, edit: Edit): Json {
  const copy = structuredClone(root)
  let parent: Json = copy
  const path = edit.kind === 'add' ? [...edit.path, edit.key] : edit.path
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return copy
    parent = (parent as Record<string | number, Json>)[key] ?? null
  }
  const last = path.at(-1)
  if (parent === null || typeof parent !== 'object' || last === undefined) return copy
  const target = parent as Record<string | number, Json>
  // a key added to an array is no JSON (and `length` would resize it): only objects gain keys
  if (edit.kind === 'add' && Array.isArray(target)) return copy
  if (edit.kind === 'delete') {
    if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1)
    else delete target[last]
  } else {
    target[last] = edit.value
  }
  return copy
}

/** Values of the wrong kind, near misses first (a number for an int64, a name no enum has, a local time). */
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, 0, 42, 1.5, true, '', 'Cancelled', '17/04/2025 16:00', '12', [], {}, ['x']),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
)

/** `base` (a valid answer, an object) with one to three fields replaced, removed or added. */
export function malformed(base: Json): fc.Arbitrary<Json> {
  const paths = pathsIn(base)
  const objects: Path[] = [[], ...paths]
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('replace'),
        path: fc.constantFrom(...paths),
        value: wrongValue,
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete'), path: fc.constantFrom(...paths) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('add'),
        path: fc.constantFrom(...objects),
        key: fc.string({ maxLength: 8 }),
        value: wrongValue,
      }),
    },
  ) as fc.Arbitrary<Edit>
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce(applyEdit, base))
}
