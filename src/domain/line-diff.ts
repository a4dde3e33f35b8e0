/**
 * A line diff of two documents, as `build edit` prints it: unchanged lines with two spaces, removed
 * ones with `-`, added ones with `+`. Longest common subsequence over lines; build configs are
 * small (certificates at most 50 KB), so the quadratic table stays small.
 */
export interface DiffLine {
  kind: ' ' | '-' | '+'
  text: string
}

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before)
  const b = splitLines(after)
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
  const width = b.length + 1
  const common = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      common[i * width + j] =
        a[i] === b[j]
          ? (common[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(common[(i + 1) * width + j] ?? 0, common[i * width + j + 1] ?? 0)
  const lines: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: ' ', text: a[i] ?? '' })
      i += 1
      j += 1
    } else if (
      j < b.length &&
      (i === a.length || (common[i * width + j + 1] ?? 0) > (common[(i + 1) * width + j] ?? 0))
    ) {
      lines.push({ kind: '+', text: b[j] ?? '' })
      j += 1
    } else {
      lines.push({ kind: '-', text: a[i] ?? '' })
      i += 1
    }
  }
  return lines
}

function splitLines(text: string): string[] {
  if (text === '') return []
  return text.replace(/\r?\n$/, '').split(/\r?\n/)
}
