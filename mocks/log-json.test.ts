import { describe, expect, it } from 'vitest'
import { addBuild, buildReportsJson, settle } from './builds'
import { clock, HOUR, MINUTE } from './clock'
import { LogJson } from './log-json'
import { findSeedRepo } from './seeding'
import { orgOrThrow } from './state'
import { streamsOf } from './tag-streams'
import { acme } from './test-lookups'

const LOG = Array.from(
  { length: 2000 },
  (_, line) => `2026-11-30T10:00:00.000Z[INFO]line "${line + 1}" é`,
).join('\n')
const START = `${JSON.stringify(LOG.slice(0, LOG.indexOf('\n', 30_000) + 1)).slice(0, -1)}`

/** A finished build whose log's JSON string is written elsewhere: its start at once, the whole when `finish` is called. */
function buildWrittenElsewhere() {
  const orgId = acme()
  const record = findSeedRepo(orgId, 'redis')
  const stream = record && streamsOf(record.source)[0]
  if (!record || !stream) throw new Error('no redis')
  let finish = () => {}
  const whole = new Promise<Blob>((resolve) => (finish = () => resolve(new Blob([JSON.stringify(LOG)]))))
  const build = addBuild(record, orgOrThrow(orgId), stream, clock.now() - HOUR, MINUTE, {
    planLogJson: () => new LogJson(whole, Promise.resolve(START)),
  })
  settle()
  return { id: build.report.id, finish }
}

async function read(reader: ReadableStreamDefaultReader<Uint8Array>, until: (text: string) => boolean) {
  const decoder = new TextDecoder()
  let text = ''
  while (!until(text)) {
    const { done, value } = await reader.read()
    if (done) break
    text += decoder.decode(value, { stream: true })
  }
  return text
}

describe('a long log still being written, in an answer', () => {
  it('is sent from its start at once, and whole once written', async () => {
    const { id, finish } = buildWrittenElsewhere()
    const body = await buildReportsJson({ ids: [id] })
    if (!(body instanceof ReadableStream)) throw new Error('the answer waited for the whole log')
    const reader = body.getReader()
    const first = await read(reader, (text) => text.endsWith(START))
    expect(first).toMatch(/^\{"reports":\[\{"id":/)
    expect(first.endsWith(`"log":${START}`)).toBe(true)

    finish()
    const rest = await read(reader, () => false)
    const answer = JSON.parse(first + rest) as { reports: { id: string; log: string }[] }
    expect(answer.reports.map((report) => [report.id, report.log])).toEqual([[id, LOG]])
  })

  it('is sent in one piece once written', async () => {
    const { id, finish } = buildWrittenElsewhere()
    finish()
    await new Promise((resolve) => setTimeout(resolve))
    const body = await buildReportsJson({ ids: [id] })
    expect(body).toBeInstanceOf(Blob)
    expect(
      (JSON.parse(await new Response(body).text()) as { reports: { log: string }[] }).reports[0]?.log,
    ).toBe(LOG)
  })
})
