import { describe, expect, it } from 'vitest'
import { getBuildReport, listBuildReports } from '../src/api/build-reports'
import { ApiError } from '../src/api/client'
import { listRepos } from '../src/api/repos'
import * as db from './db'
import { acme } from './test-lookups'

function nginx() {
  const repo = db.listRepos({ childrenOf: acme(), name: 'nginx' })[0]
  if (!repo?.id) throw new Error('no nginx')
  return repo.id
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('injected faults', () => {
  it('tell calls that share a path apart by their query: one build’s log, not the list', async () => {
    const repo = nginx()
    db.injectFault({ path: '/registry/v1/buildreports', query: 'uidp.ids=', answer: 500, times: 1 })
    const [newest] = await listBuildReports(repo)
    expect(newest?.id).toBeDefined()
    expect((await failure(getBuildReport(repo, newest?.id ?? ''))).status).toBe(500)
    expect((await getBuildReport(repo, newest?.id ?? ''))?.log).toContain('[INFO]')
  })

  it('match a query written with the raw (decoded) id', async () => {
    const repo = nginx()
    db.injectFault({ query: `uidp.descendantsOf=${repo}&excludeLogs=true`, answer: 503, times: 1 })
    expect((await failure(listBuildReports(repo))).status).toBe(503)
    expect(await listBuildReports(repo)).not.toHaveLength(0)
  })

  it('fail only as many requests as `times` says, then answer as usual', async () => {
    db.injectFault({ method: 'GET', path: '/registry/v1/repos', answer: 'network-error', times: 2 })
    expect((await failure(listRepos(acme()))).status).toBe(0)
    expect((await failure(listRepos(acme()))).status).toBe(0)
    expect(await listRepos(acme())).not.toHaveLength(0)
  })

  it('are all forgotten by clearFaults', async () => {
    db.injectFault({ path: '/registry/v1/repos', answer: 500, times: Infinity })
    expect((await failure(listRepos(acme()))).status).toBe(500)
    db.clearFaults()
    expect(await listRepos(acme())).not.toHaveLength(0)
  })

  it('send no message when told `message: ""`, so the console’s own words show', async () => {
    db.injectFault({ path: '/registry/v1/repos', answer: 409, message: '', times: 1 })
    const error = await failure(listRepos(acme()))
    expect(error.status).toBe(409)
    expect(error.code).toBe(6)
    expect(error.message).not.toMatch(/Injected/)
  })

  it('answer a 200 whose body is not JSON', async () => {
    db.injectFault({ path: '/registry/v1/repos', answer: 'malformed-json', times: 1 })
    const error = await failure(listRepos(acme()))
    expect(error.status).toBe(200)
  })

  it('are matched by method: a PUT fault leaves the GET alone', async () => {
    db.injectFault({ method: 'PUT', path: '/registry/v1/repos/', answer: 500, times: 1 })
    expect(await listRepos(acme())).not.toHaveLength(0)
    expect(db.takeFault('PUT', `/registry/v1/repos/${nginx()}`)?.answer).toBe(500)
    expect(db.takeFault('PUT', `/registry/v1/repos/${nginx()}`)).toBeUndefined()
  })
})
