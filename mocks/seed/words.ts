/** Lists written as text in the seed tables. */

/** "a b c" → ['a', 'b', 'c'] */
export const words = (list: string): string[] => list.trim().split(/\s+/)

/** "key:Label|key:Label" → [key, label][] */
export const labelled = (list: string): Array<readonly [string, string]> =>
  list
    .split('|')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [key = entry, label = key] = entry.split(':')
      return [key, label] as const
    })
