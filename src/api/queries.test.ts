import { describe, expect, it } from 'vitest'
import * as db from '../../mocks/db'
import { queries } from './queries'
import { createQueryClient } from './query-client'

function image(name: string) {
  const orgId = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id ?? ''
  const repo = db.listRepos({ childrenOf: orgId, name })[0]
  if (!repo?.id) throw new Error(`no ${name}`)
  return { orgId, repo: { ...repo, id: repo.id } }
}

/** Saves a build config, as the Customize dialog does: the registry starts one build per tag stream. */
function startBuilds(name: string) {
  const { orgId, repo } = image(name)
  db.updateRepo(repo.id, { ...repo, customOverlay: { contents: { packages: ['jq'] } } })
  db.clock.advance(1000)
  return { orgId, repoId: repo.id }
}

/** Reads what the image page and the images list show, so each is in the cache. */
async function readEverything(client: ReturnType<typeof createQueryClient>, orgId: string, repoId: string) {
  await Promise.all([
    client.fetchQuery(queries.tags(orgId, repoId)),
    client.fetchQuery(queries.latestTags(orgId)),
    client.fetchQuery(queries.tagsSummary(orgId, repoId)),
    client.fetchQuery(queries.repos(orgId)),
    client.fetchQuery(queries.resolved(orgId, repoId)),
  ])
}

const stale = (client: ReturnType<typeof createQueryClient>, key: readonly unknown[]) =>
  client.getQueryState(key)?.isInvalidated

describe('a build the console watches finishes', () => {
  it('the builds list reads the image’s tags and the images list again, and nothing else', async () => {
    const { orgId, repoId } = startBuilds('python')
    const other = image('nginx').repo.id
    const client = createQueryClient({ retry: false })
    const builds = queries.builds(orgId, repoId)
    expect((await client.fetchQuery(builds)).some((report) => !report.completedAt)).toBe(true)
    await readEverything(client, orgId, repoId)
    await client.fetchQuery(queries.tags(orgId, other))

    // read again while the builds still run: nothing they change is stale
    await client.refetchQueries({ queryKey: builds.queryKey })
    expect(stale(client, queries.tags(orgId, repoId).queryKey)).toBe(false)

    db.clock.advance(10 * 60_000)
    await client.refetchQueries({ queryKey: builds.queryKey })
    expect(stale(client, queries.tags(orgId, repoId).queryKey)).toBe(true)
    expect(stale(client, queries.latestTags(orgId).queryKey)).toBe(true)
    expect(stale(client, queries.tagsSummary(orgId, repoId).queryKey)).toBe(true)
    expect(stale(client, queries.repos(orgId).queryKey)).toBe(true)
    expect(stale(client, queries.tags(orgId, other).queryKey)).toBe(false)
    expect(stale(client, queries.resolved(orgId, repoId).queryKey)).toBe(false)
  })

  it('so does the open build, when it is the one that finishes', async () => {
    const { orgId, repoId } = startBuilds('python')
    const client = createQueryClient({ retry: false })
    const running = db.listBuildReports({ descendantsOf: repoId, excludeLogs: true })[0]
    if (!running?.id) throw new Error('no build')
    const build = queries.build(orgId, repoId, running.id)
    expect((await client.fetchQuery(build))?.completedAt).toBeUndefined()
    await readEverything(client, orgId, repoId)

    db.clock.advance(10 * 60_000)
    await client.refetchQueries({ queryKey: build.queryKey })
    expect(client.getQueryData(build.queryKey)?.completedAt).toBeDefined()
    expect(stale(client, queries.tags(orgId, repoId).queryKey)).toBe(true)
    expect(stale(client, queries.latestTags(orgId).queryKey)).toBe(true)
    expect(stale(client, queries.tagsSummary(orgId, repoId).queryKey)).toBe(true)
    expect(stale(client, queries.repos(orgId).queryKey)).toBe(true)
  })

  it('a build already finished when first read changes nothing', async () => {
    const { orgId, repoId } = startBuilds('python')
    db.clock.advance(10 * 60_000)
    const client = createQueryClient({ retry: false })
    await readEverything(client, orgId, repoId)
    await client.fetchQuery(queries.builds(orgId, repoId))
    await client.refetchQueries({ queryKey: queries.builds(orgId, repoId).queryKey })
    expect(stale(client, queries.tags(orgId, repoId).queryKey)).toBe(false)
  })
})
