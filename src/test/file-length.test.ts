// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const FOLDERS = ['src', 'mocks', 'e2e', 'bench', 'docs']
const SOURCE = /\.(ts|tsx|mts|mjs|css)$/
const LIMIT = 300

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(path)
    else if (SOURCE.test(entry.name)) yield path
  }
}

/** A file does one job: one over 300 lines says why on its first line. */
it('has no source file over 300 lines without a first line saying why', () => {
  const unexplained = FOLDERS.flatMap((folder) => [...sourceFiles(join(root, folder))])
    .map((path) => ({ path: relative(root, path), lines: readFileSync(path, 'utf8').split('\n') }))
    .filter(({ lines }) => lines.length > LIMIT && !/^(\/\/|\/\*).*\b300 lines\b/.test(lines[0] ?? ''))
    .map(({ path, lines }) => `${path} (${lines.length} lines)`)
  expect(unexplained).toEqual([])
})
