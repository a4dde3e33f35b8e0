// Over 300 lines: the READS table holds one entry per read a screen makes (its page, answer and checks), in one place so none is missed.
import { act, screen, waitFor, within } from '@testing-library/react'
import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as db from '../../mocks/db'
import { server } from '../../mocks/node'
import { ApiError } from '../api/client'
import { decode, type Check } from '../api/decode'
import { queries } from '../api/queries'
import * as shapes from '../api/shapes'
import { malformed } from '../test/malformed-answers'
import { renderRoute } from '../test/render'

/**
 * Every read a screen makes, answered with a valid answer broken in one to three places: the screen
 * ends showing the read's error with "Try again" (naming the call and the field), or, when the
 * answer is still one the console can use, the data: never a crash or an empty page. One render per
 * read; each run answers anew and resets that read's query, as "Try again" would.
 */

const ORG = db.ORG_NAMES.default
/** runs per read; ten reads make over 1,000 */
const RUNS = 112

const orgId = () => db.listGroups({ name: ORG })[0]?.id ?? ''
function repoId(name: string) {
  return db.listRepos({ childrenOf: orgId(), name })[0]?.id ?? ''
}
/** builds are made by saving a build config: nginx has some */
const BUILT = 'nginx'
const firstBuild = () => db.listBuildReports({ descendantsOf: repoId(BUILT), excludeLogs: true })[0]?.id ?? ''

interface Read {
  call: string
  shape: Check
  method: 'get' | 'post'
  path: RegExp
  /** whether a request is this read (others on the same path pass through) */
  is?: (url: URL) => boolean
  /** the page where the read's answer shows, and what to do there first */
  url: () => string
  open?: (view: ReturnType<typeof renderRoute>) => Promise<void>
  queryKey: () => readonly unknown[]
  /** a valid answer, small enough to render quickly */
  base: () => unknown
  /** the screen shows a usable answer */
  shown: (answer: Record<string, unknown>) => void
  /** how the screen shows the read's error, where not as an alert with "Try again" (one cell of a row) */
  failed?: (error: string) => void
}

const items = (answer: Record<string, unknown>) => (answer.items ?? []) as unknown[]
const some = <T,>(list: T[]) => list.slice(0, 3)

async function openCustomize({ user }: ReturnType<typeof renderRoute>) {
  await user.click(await screen.findByRole('button', { name: 'Customize Image' }))
  await screen.findByRole('dialog', { name: 'Customize Image' })
}

// text and selector queries: role queries would cost more than the rest of a run
const heading = (text: string) => expect(screen.getByText(text, { selector: 'h1, h2' })).toBeInTheDocument()
/** the body of the table with this caption */
function tableBody(caption: string) {
  const table = screen.getByText(caption, { selector: 'caption' }).closest('table')
  const body = table?.querySelector('tbody')
  expect(body).not.toHaveAttribute('aria-busy')
  return body as HTMLElement
}
const imagesHeading = () => heading('Organization Images')
/** the cell of an image's row in Organization Images in the column headed `header`, wherever it stands */
function imageCell(image: string, header: string) {
  const row = screen.getByText(image, { selector: 'a' }).closest('tr')
  const headers = [...(row?.closest('table')?.querySelectorAll('thead th') ?? [])]
  const cell = row?.querySelectorAll('td')[headers.findIndex((th) => th.textContent?.startsWith(header))]
  expect(cell).toBeDefined()
  return cell as HTMLElement
}
/** what the "Latest tag" cell says of the latest version (on a phone the time it moved follows it) */
const latestTagCell = (image: string) =>
  imageCell(image, 'Latest tag').querySelector('.cell-tag > :first-child') as HTMLElement

const READS: Read[] = [
  {
    call: 'list organizations',
    shape: shapes.groupList,
    method: 'get',
    path: /\/iam\/v1\/groups$/,
    url: () => `/${ORG}/images`,
    queryKey: () => queries.organizations().queryKey,
    base: () => ({ items: db.listGroups({ inRoot: true }) }),
    shown: (answer) =>
      items(answer).some((org) => (org as { name?: string }).name === ORG)
        ? imagesHeading()
        : heading('Organization not found'),
  },
  {
    call: 'get the organization’s features',
    shape: shapes.features,
    method: 'get',
    path: /\/registry\/v1\/entitlements\/.+:features$/,
    url: () => `/${ORG}/images`,
    queryKey: () => queries.features(orgId()).queryKey,
    base: () => db.getFeatures(orgId()),
    shown: imagesHeading,
  },
  {
    call: 'list images',
    shape: shapes.repoList,
    method: 'get',
    path: /\/registry\/v1\/repos$/,
    url: () => `/${ORG}/images`,
    queryKey: () => queries.repos(orgId()).queryKey,
    base: () => ({ items: some(db.listRepos({ childrenOf: orgId() })) }),
    shown: (answer) => {
      const count = items(answer).length
      expect(
        screen.getByText(`${count} ${count === 1 ? 'image' : 'images'}.`, { exact: false }),
      ).toBeInTheDocument()
    },
  },
  {
    call: 'list the organization’s tags',
    shape: shapes.tagList,
    method: 'get',
    path: /\/registry\/v1\/tags$/,
    is: (url) => url.searchParams.has('uidp.descendantsOf'),
    url: () => `/${ORG}/images`,
    queryKey: () => queries.latestTags(orgId()).queryKey,
    base: () => ({ items: some(db.listTags({ descendantsOf: orgId(), name: 'latest' })) }),
    shown: () => {
      expect(tableBody(`Images of ${ORG}`).querySelectorAll('tr').length).toBeGreaterThan(0)
    },
  },
  {
    call: 'count failed builds',
    shape: shapes.buildStatus,
    method: 'get',
    path: /\/registry\/v1\/buildstatus$/,
    url: () => `/${ORG}/images`,
    queryKey: () => queries.buildFailures(orgId()).queryKey,
    base: () => ({
      failures: [
        { repoId: repoId('node'), total: 2 },
        { repoId: repoId('redis'), total: 1 },
      ],
    }),
    shown: (answer) => {
      const total = ((answer.failures ?? []) as Array<{ repoId?: string; total?: number }>)
        .filter((entry) => entry.repoId === repoId('node') && (entry.total ?? 0) > 0)
        .reduce((sum, entry) => sum + (entry.total ?? 0), 0)
      expect(imageCell('node', 'Failed builds').textContent?.trim()).toBe(
        total ? `${total.toLocaleString('en')} failed` : '',
      )
    },
  },
  {
    call: 'sum up the image’s tags',
    shape: shapes.repoTagsSummary,
    method: 'get',
    path: /\/registry\/v1\/repotagssummary\/.+$/,
    // node's row; the other rows' summaries come from the mock registry
    is: (url) => url.pathname === `/registry/v1/repotagssummary/${repoId('node')}`,
    url: () => `/${ORG}/images`,
    queryKey: () => queries.tagsSummary(orgId(), repoId('node')).queryKey,
    base: () => db.getRepoTagsSummary(repoId('node'), { excludeReferrers: true }),
    shown: (answer) => {
      const latest = answer.latestTag as { name?: unknown } | null | undefined
      const name = answer.latestVersion || latest?.name
      const shown = name ? String(name) : answer.tagCount === '0' ? 'No tags yet' : '—'
      expect(latestTagCell('node').textContent).toBe(shown)
    },
    failed: (error) => {
      const cell = latestTagCell('node')
      expect(cell).toHaveTextContent(`Not loaded: ${error}`)
      expect(within(cell).getByText('Try again')).toBeEnabled()
    },
  },
  {
    call: 'list tags',
    shape: shapes.tagList,
    method: 'get',
    path: /\/registry\/v1\/tags$/,
    is: (url) => url.searchParams.has('uidp.childrenOf'),
    url: () => `/${ORG}/images/node/versions`,
    queryKey: () => queries.tags(orgId(), repoId('node')).queryKey,
    base: () => ({ items: db.listTags({ childrenOf: repoId('node') }).slice(0, 4) }),
    shown: () => expect(screen.getByText(/^(\d+ versions|No versions yet)$/)).toBeInTheDocument(),
  },
  {
    call: 'list builds',
    shape: shapes.buildReportList,
    method: 'get',
    path: /\/registry\/v1\/buildreports$/,
    is: (url) => url.searchParams.get('excludeLogs') === 'true',
    url: () => `/${ORG}/images/${BUILT}/builds`,
    queryKey: () => queries.builds(orgId(), repoId(BUILT)).queryKey,
    base: () => ({ reports: some(db.listBuildReports({ descendantsOf: repoId(BUILT), excludeLogs: true })) }),
    shown: (answer) => {
      const count = ((answer.reports ?? []) as unknown[]).length
      if (count === 0) return heading('No builds in the last 24 hours')
      expect(tableBody(`Builds of ${BUILT}`).querySelectorAll('a')).toHaveLength(count)
    },
  },
  {
    call: 'get a build with its log',
    shape: shapes.buildReportList,
    method: 'get',
    path: /\/registry\/v1\/buildreports$/,
    is: (url) => url.searchParams.has('uidp.ids'),
    url: () => `/${ORG}/images/${BUILT}/builds/${firstBuild().split('/').at(-1)}`,
    queryKey: () => queries.build(orgId(), repoId(BUILT), firstBuild()).queryKey,
    base: () => ({ reports: db.listBuildReports({ descendantsOf: repoId(BUILT), ids: [firstBuild()] }) }),
    shown: (answer) => {
      const found = ((answer.reports ?? []) as Array<{ id?: string }>).some(
        (report) => report.id === firstBuild(),
      )
      if (found) expect(screen.getByLabelText('Build summary')).toBeInTheDocument()
      else heading('Build not found')
    },
  },
  {
    call: 'resolve the image’s configuration',
    shape: shapes.apkoConfig,
    method: 'post',
    path: /\/apko\/v1\/resolve\/.+$/,
    url: () => `/${ORG}/images/redis`,
    open: openCustomize,
    queryKey: () => queries.resolved(orgId(), repoId('redis')).queryKey,
    base: () => db.resolveConfig(repoId('redis')),
    shown: () => expect(document.querySelector('[role="group"][aria-label="Packages"]')).not.toBeNull(),
  },
  {
    call: 'list packages',
    shape: shapes.packageSummaryList,
    method: 'get',
    path: /\/apk\/v1\/package-summaries$/,
    is: (url) => !url.searchParams.has('pageToken'),
    url: () => `/${ORG}/images/redis`,
    open: openCustomize,
    queryKey: () => queries.catalogue(orgId()).queryKey,
    base: smallCatalogue,
    shown: () => expect(screen.getByText(/^0 selected · \d+ of \d+ shown$/)).toBeInTheDocument(),
  },
]

/** Five packages, the last page: the dialog renders them at once. */
function smallCatalogue() {
  const page = db.listPackageSummaries({ descendantsOf: orgId(), pageSize: 5 })
  return { items: page.items, nextPageToken: '', totalCount: String(page.items.length) }
}

/** Answers `read` with `answer()`; the customize dialog's catalogue stays small, later pages empty. */
function answerWith(read: Read, answer: () => unknown) {
  server.use(
    http[read.method](read.path, ({ request }) => {
      // another read on the same path: the mock registry answers it
      if (read.is && !read.is(new URL(request.url))) return undefined
      return HttpResponse.json(answer() as Record<string, unknown>)
    }),
    http.get(/\/apk\/v1\/package-summaries$/, ({ request }) =>
      new URL(request.url).searchParams.get('pageToken')
        ? HttpResponse.json({})
        : HttpResponse.json(smallCatalogue()),
    ),
  )
}

/** The outcome the screen must show for `answer`: the decoding error's words, or none. */
function expectedError(read: Read, answer: unknown): string | null {
  try {
    decode(read.call, read.shape, answer)
    return null
  } catch (error) {
    if (error instanceof ApiError) return error.message
    throw error
  }
}

const crashed = () => screen.queryByText('This page could not be shown')

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
})
afterEach(() => vi.restoreAllMocks())

describe('answers of the wrong shape end as a shown error or a correct render', () => {
  it.each(READS)(
    '$call',
    async (read) => {
      const errors = vi.spyOn(console, 'error')
      let current: unknown = read.base()
      answerWith(read, () => current)
      const view = renderRoute(read.url())
      await read.open?.(view)
      await waitFor(() => read.shown(current as Record<string, unknown>))
      let failures = 0

      await fc.assert(
        fc.asyncProperty(malformed(read.base() as never), async (generated) => {
          // what reaches the console is the JSON text: holes in arrays travel as null
          const answer: unknown = JSON.parse(JSON.stringify(generated))
          current = answer
          const error = expectedError(read, answer)
          if (error) failures++
          await act(() => view.queryClient.resetQueries({ queryKey: read.queryKey(), exact: true }))
          await waitFor(
            () => {
              expect(crashed()).not.toBeInTheDocument()
              if (!error) return read.shown(answer as Record<string, unknown>)
              if (read.failed) return read.failed(error)
              const alert = [...document.querySelectorAll('[role="alert"]')].find((node) =>
                node.textContent?.includes(error),
              )
              expect(alert, error).toBeDefined()
              expect(within(alert as HTMLElement).getByText('Try again')).toBeEnabled()
            },
            { interval: 5 },
          )
          expect(errors).not.toHaveBeenCalled()
        }),
        { numRuns: RUNS },
      )
      // the runs met both outcomes
      expect(failures).toBeGreaterThan(0)
      expect(failures).toBeLessThan(RUNS)
    },
    60_000,
  )

  it('"Try again" reads the answer anew, and shows it once it can be used', async () => {
    const read = READS.find((candidate) => candidate.call === 'list tags') as Read
    let current: unknown = { items: [{ name: 'latest' }] }
    answerWith(read, () => current)
    const { user } = renderRoute(read.url())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The registry’s answer to “list tags” could not be used: items[0].id is missing.',
    )
    current = read.base()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(/^\d+ versions$/)).toBeInTheDocument()
  })
})
