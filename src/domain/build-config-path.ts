/**
 * The one way a place in a build config is written: `environment.PORT`,
 * `certificates.additional[0].content`, `environment["A B"]` for a key that needs quoting.
 */

export type PathSegment = string | number

export function formatPath(segments: readonly PathSegment[]): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (segment === '' || /[\s"[\]\p{Cc}]/u.test(segment)) path += `[${JSON.stringify(segment)}]`
    else path += path === '' ? segment : `.${segment}`
  }
  return path
}
