import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url))

export interface Figure {
  name: string
  unit: string
  median: number
  min: number
  max: number
  p95?: number
  runs: number
}

export function summarize(name: string, unit: string, samples: number[], withP95 = false): Figure {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    name,
    unit,
    median: round(at(0.5)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted.at(-1) ?? NaN),
    ...(withP95 ? { p95: round(at(0.95)) } : {}),
    runs: samples.length,
  }
}

/** Prints a section's figures as a table and merges them into `bench/results.json`. */
export function report(section: string, figures: Figure[]) {
  console.log(`\n${section}`)
  console.table(
    Object.fromEntries(
      figures.map((f) => [
        f.name,
        {
          unit: f.unit,
          median: f.median,
          ...(f.p95 === undefined ? {} : { p95: f.p95 }),
          min: f.min,
          max: f.max,
          runs: f.runs,
        },
      ]),
    ),
  )
  const all = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {}
  all[section] = { measuredAt: new Date().toISOString(), figures }
  writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`)
}
