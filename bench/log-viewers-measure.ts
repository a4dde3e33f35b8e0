import type { BrowserContext, CDPSession, Page } from '@playwright/test'
import { heapMB, summarize, type Figure, type Missing } from './figures'
import type { Painted } from './harness/main'
import { HARNESS_PORT } from './harness/port'

/** How the log-viewer benches drive the harness page (bench/harness/main.tsx): one viewer per page. */
export const VIEWERS = ['ours', 'patternfly', 'melloware'] as const
export type ViewerName = (typeof VIEWERS)[number]
export const WORD = 'zircon'

/**
 * The viewers in the order run `run` measures them: each run starts with the next one, so each
 * viewer follows each other one as often (the page before, closed, may still be letting go of its
 * memory: melloware's holds a gigabyte).
 */
export function inTurn(run: number): ViewerName[] {
  const first = run % VIEWERS.length
  return [...VIEWERS.slice(first), ...VIEWERS.slice(0, first)]
}

interface Harness {
  open(): Promise<Painted>
  search(word: string): Promise<{ shown: Painted; counted: Painted; count: string }>
  longestTask(): number
}

/** One viewer opened and searched once. */
export interface Run {
  /** to the first lines painted (the frame that shows them rendered) */
  open: number | Missing
  /** to the first match painted */
  search: number | Missing
  /** to the complete count shown */
  counted: number | Missing
  /** the same two, to the start of the frame after the one that shows them */
  openNextFrame: number | Missing
  searchNextFrame: number | Missing
  count: string
  /** JS heap after opening and searching, after GC */
  heap: number | Missing
  /** JS heap with the log text fetched, before the viewer is mounted, after GC */
  baseline: number
  /** the longest task (ms) from mounting to the count complete; 0 when none took over 50 ms */
  longestTask: number | Missing
}

/** Calls a harness method in the page, or says why it gave no figure (`limit`: ms it may take). */
async function step<K extends keyof Harness>(
  page: Page,
  limit: number,
  method: K,
  ...args: Parameters<Harness[K]>
): Promise<Awaited<ReturnType<Harness[K]>> | Missing> {
  let timer: ReturnType<typeof setTimeout> | undefined
  // timed here, not in the page: a page busy for good runs no timer of its own
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done within ${limit / 1000} s`)), limit)
  })
  try {
    const called = page.evaluate(
      ({ method, args }) =>
        (window as unknown as { harness: Record<string, (...args: unknown[]) => unknown> }).harness[method]?.(
          ...args,
        ),
      { method, args: args as unknown[] },
    )
    return (await Promise.race([called, timeout])) as Awaited<ReturnType<Harness[K]>>
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { na: /not done within \d+ s/.exec(message)?.[0] ?? message.split('\n')[0] ?? 'failed' }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Opens `viewer` on the log of `lines` lines (the scenario's when undefined) in a page of its own,
 * then searches it; the page is closed after, even one that never answered again.
 */
export async function measure(
  context: BrowserContext,
  viewer: ViewerName,
  { lines, limit }: { lines?: number; limit: number },
): Promise<Run> {
  const page = await context.newPage()
  try {
    const client = await context.newCDPSession(page)
    await client.send('Performance.enable')
    return await openAndSearch(page, client, viewer, { lines, limit })
  } finally {
    await page.close()
  }
}

async function openAndSearch(
  page: Page,
  client: CDPSession,
  viewer: ViewerName,
  { lines, limit }: { lines?: number; limit: number },
): Promise<Run> {
  await page.goto(`http://localhost:${HARNESS_PORT}/?viewer=${viewer}${lines ? `&lines=${lines}` : ''}`)
  await page.waitForFunction(() => 'harness' in window, null, { timeout: 120_000 })
  const baseline = await heapMB(client)
  await step(page, limit, 'longestTask')
  const opened = await step(page, limit, 'open')
  if ('na' in opened) return missingRun(opened, baseline)
  // let each viewer finish what it does after its first paint
  await page.waitForTimeout(1500)
  const searched = await step(page, limit, 'search', WORD)
  if ('na' in searched)
    return { ...missingRun(searched, baseline), open: opened.ms, openNextFrame: opened.nextFrameMs }
  const longestTask = await step(page, limit, 'longestTask')
  const heap = await heapMB(client)
  return {
    open: opened.ms,
    openNextFrame: opened.nextFrameMs,
    search: searched.shown.ms,
    searchNextFrame: searched.shown.nextFrameMs,
    counted: searched.counted.ms,
    count: searched.count,
    heap,
    baseline,
    longestTask,
  }
}

/** A run that gave no figures past a step, and why. */
function missingRun(why: Missing, baseline: number): Run {
  return {
    open: why,
    openNextFrame: why,
    search: why,
    searchNextFrame: why,
    counted: why,
    count: '',
    heap: why,
    baseline,
    longestTask: why,
  }
}

/** The figure of several runs' samples, or why one is missing. */
export function figureOf(name: string, unit: string, samples: (number | Missing)[]): Figure | Missing {
  const missing = samples.find((sample): sample is Missing => typeof sample !== 'number')
  return missing ?? summarize(name, unit, samples as number[])
}

/** The viewer's own share of the heap: the heap less the page holding the log text. */
export function viewerHeap(run: Run): number | Missing {
  return typeof run.heap === 'number' ? run.heap - run.baseline : run.heap
}
