import type { Page, Request } from '@playwright/test'
import type { Fault } from '../../mocks/faults'

/** A fault the demo backend answers with: the mock registry's own type. */
export type { Fault }

interface MockHandle {
  db: {
    injectFault(fault: Fault): void
    clearFaults(): void
    deleteRepo(id: string): void
    listGroups(filter: { name?: string }): Array<{ id?: string }>
    listRepos(filter: { childrenOf?: string; name?: string }): Array<{ id?: string; customOverlay?: unknown }>
    updateRepo(id: string, repo: object): unknown
  }
  clock: { advance(ms: number): void }
}

/** The demo backend publishes its handle once it has started, a moment after the page loads. */
async function ready(page: Page) {
  await page.waitForFunction(() => Boolean((window as { assemblyMocks?: unknown }).assemblyMocks))
}

/** Infinity does not survive the trip into the page as an init-script argument. */
const portable = (fault: Fault): Fault => ({
  ...fault,
  times: Number.isFinite(fault.times) ? fault.times : Number.MAX_SAFE_INTEGER,
})

/** The demo backend in the page: inject faults, read its data, count the requests it is sent. */
export const mockBackend = {
  /**
   * Faults met from the very first request: they are handed to the mock backend the moment it
   * publishes `window.assemblyMocks`, before the console starts (and again on each reload).
   */
  async faultsFromStart(page: Page, ...faults: Fault[]) {
    await page.addInitScript((list: Fault[]) => {
      let handle: MockHandle | undefined
      Object.defineProperty(window, 'assemblyMocks', {
        configurable: true,
        get: () => handle,
        set(value: MockHandle) {
          handle = value
          for (const fault of list) value.db.injectFault(fault)
        },
      })
    }, faults.map(portable))
  },

  async inject(page: Page, ...faults: Fault[]) {
    await ready(page)
    await page.evaluate((list) => {
      const { db } = (window as unknown as { assemblyMocks: MockHandle }).assemblyMocks
      for (const fault of list) db.injectFault(fault)
    }, faults.map(portable))
  },

  async clearFaults(page: Page) {
    await ready(page)
    await page.evaluate(() =>
      (window as unknown as { assemblyMocks: MockHandle }).assemblyMocks.db.clearFaults(),
    )
  },

  /** An image of an organization as the backend holds it now (undefined when there is none). */
  async repo(page: Page, name: string, org = 'acme.com') {
    await ready(page)
    return page.evaluate(
      ([repoName, orgName]) => {
        const { db } = (window as unknown as { assemblyMocks: MockHandle }).assemblyMocks
        const orgId = db.listGroups({ name: orgName })[0]?.id
        return orgId ? db.listRepos({ childrenOf: orgId, name: repoName })[0] : undefined
      },
      [name, org] as const,
    )
  },

  /** Someone else deletes an image, behind the console's back. */
  async deleteBehindTheConsole(page: Page, name: string, org = 'acme.com') {
    const repo = await mockBackend.repo(page, name, org)
    if (!repo?.id) throw new Error(`no image ${name} in ${org}`)
    await page.evaluate(
      (id) => (window as unknown as { assemblyMocks: MockHandle }).assemblyMocks.db.deleteRepo(id),
      repo.id,
    )
  },

  /** Someone saves packages on an image behind the console's back: the registry starts its builds. */
  async startBuilds(page: Page, name: string, packages: string[], org = 'acme.com') {
    const repo = await mockBackend.repo(page, name, org)
    if (!repo?.id) throw new Error(`no image ${name} in ${org}`)
    await page.evaluate(
      ([saved, list]) =>
        (window as unknown as { assemblyMocks: MockHandle }).assemblyMocks.db.updateRepo(saved.id ?? '', {
          ...saved,
          customOverlay: { contents: { packages: list } },
        }),
      [repo, packages] as const,
    )
  },

  /** Moves the demo backend's clock: builds that would finish in that time finish (no test sleeps). */
  async advanceClock(page: Page, ms: number) {
    await ready(page)
    await page.evaluate(
      (by) => (window as unknown as { assemblyMocks: MockHandle }).assemblyMocks.clock.advance(by),
      ms,
    )
  },

  /** Counts the API requests the page sends that match; read `.count` at any time. */
  countRequests(page: Page, match: (request: Request) => boolean) {
    const counter = { count: 0 }
    page.on('request', (request) => {
      if (match(request)) counter.count += 1
    })
    return counter
  },
}
