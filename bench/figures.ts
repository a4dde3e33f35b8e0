import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CDPSession } from '@playwright/test'

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url))

/** Runs per figure; `BENCH_RUNS=1` for a quick look that the bench still works. */
export const RUNS = Number(process.env.BENCH_RUNS) || 5

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

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** Prints a section's figures as a table and merges them into `bench/results.json`. */
export function report(section: string, figures: Figure[], notes: string[] = []) {
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
  for (const note of notes) console.log(`  ${note}`)
  save(section, { figures, ...(notes.length ? { notes } : {}) })
}

/** A figure that could not be taken, and why. */
export interface Missing {
  na: string
}

/** One measure taken on several subjects (the first is the baseline the others are compared with). */
export interface Comparison {
  name: string
  unit: string
  by: Record<string, Figure | Missing>
}

/** A measure taken from each visit: its name, unit, samples, and whether its p95 matters. */
export type Measure<Visit> = [name: string, unit: string, pick: (visit: Visit) => number[], p95?: boolean]

/** One comparison row per measure, each subject's visits summed up. */
export function compareVisits<Visit>(
  measures: Measure<Visit>[],
  visits: Record<string, Visit[]>,
): Comparison[] {
  return measures.map(([name, unit, pick, p95]) => ({
    name,
    unit,
    by: Object.fromEntries(
      Object.entries(visits).map(([subject, runs]) => [
        subject,
        summarize(name, unit, runs.flatMap(pick), p95),
      ]),
    ),
  }))
}

/**
 * Prints one row per measure: each subject's median (min–max), then each other subject's median
 * divided by the baseline's ("n/a" where either is missing, with the reason below the table).
 */
export function reportComparison(
  section: string,
  subjects: string[],
  rows: Comparison[],
  notes: string[] = [],
) {
  const [baseline = '', ...others] = subjects
  const reasons: string[] = []
  const cell = (figure: Figure | Missing | undefined, subject: string, measure: string) => {
    if (!figure || 'na' in figure) {
      reasons.push(`${subject}, ${measure}: n/a, ${figure?.na ?? 'not measured'}`)
      return 'n/a'
    }
    return `${figure.median} (${figure.min}–${figure.max})`
  }
  console.log(`\n${section}`)
  console.table(
    Object.fromEntries(
      rows.map((row) => {
        const base = row.by[baseline]
        const columns: Record<string, string> = { unit: row.unit }
        for (const subject of subjects) columns[subject] = cell(row.by[subject], subject, row.name)
        for (const other of others) {
          const figure = row.by[other]
          columns[`${other} / ${baseline}`] =
            base && !('na' in base) && figure && !('na' in figure) && base.median
              ? `${(figure.median / base.median).toFixed(2)}×`
              : 'n/a'
        }
        return [row.name, columns]
      }),
    ),
  )
  for (const line of [...reasons, ...notes]) console.log(`  ${line}`)
  save(section, { subjects, comparison: rows, ...(notes.length ? { notes } : {}) })
}

/** Prints rows of cells as they are and keeps them with the section's notes. */
export function reportTable(
  section: string,
  rows: Record<string, Record<string, string>>,
  notes: string[] = [],
) {
  console.log(`\n${section}`)
  console.table(rows)
  for (const note of notes) console.log(`  ${note}`)
  save(section, { rows, ...(notes.length ? { notes } : {}) })
}

/** Prints yes/no per check and keeps them with the section's figures. */
export function reportChecks(section: string, checks: Record<string, boolean>) {
  console.log(`\n${section}`)
  console.table(Object.fromEntries(Object.entries(checks).map(([check, ok]) => [check, ok ? 'yes' : 'no'])))
  save(section, { checks })
}

function save(section: string, data: Record<string, unknown>) {
  const all = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {}
  all[section] = { measuredAt: new Date().toISOString(), ...data }
  writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`)
}

/** The page's JS heap in MB after a garbage collection (send `Performance.enable` first). */
export async function heapMB(client: CDPSession): Promise<number> {
  await client.send('HeapProfiler.collectGarbage')
  const { metrics } = await client.send('Performance.getMetrics')
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024
}
