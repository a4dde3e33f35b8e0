// @vitest-environment node
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { http, passthrough } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as db from './db'
import { startMockApi, type MockApi } from './http-server'
import { server } from './node'
import { acme, LOG_LINE, repoId } from './test-lookups'

const TOKEN = 'test-token-1'
/** Where the demo's handlers answer in-process (the worker's way), to compare with the HTTP server. */
const DEMO = 'http://demo.test'

let api: MockApi | undefined
async function start(options: { control?: boolean } = {}): Promise<MockApi> {
  api = await startMockApi({ port: 0, token: TOKEN, ...options })
  return api
}
afterEach(async () => {
  await api?.close()
  api = undefined
})
// Vitest's MSW answers the API paths of any host in-process: let calls to the real server through.
beforeEach(() => server.use(http.all(/^http:\/\/localhost:\d+\//, () => passthrough())))

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })
async function call(base: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, init)
  return { status: response.status, body: (await response.json()) as unknown }
}

const API_CALLS: Array<[method: string, path: string]> = [
  ['GET', '/iam/v1/groups?uidp.inRoot=true'],
  ['GET', '/registry/v1/repos'],
  ['GET', '/apk/v1/package-summaries'],
  ['POST', '/apko/v1/resolve/x'],
]

describe('the mock API over HTTP', () => {
  it.each(API_CALLS)(
    'answers %s %s without a token with 401 and a google.rpc.Status body',
    async (method, path) => {
      const { url } = await start()
      const { status, body } = await call(url, path, { method })
      expect(status).toBe(401)
      expect(body).toEqual({ code: 16, message: expect.stringMatching(/token/), details: [] })
    },
  )

  it('answers 401 to a wrong token and to a token sent another way than Bearer', async () => {
    const { url } = await start()
    const groups = '/iam/v1/groups?uidp.inRoot=true'
    expect((await call(url, groups, { headers: bearer('not-it') })).status).toBe(401)
    expect((await call(url, groups, { headers: { Authorization: TOKEN } })).status).toBe(401)
    expect((await call(url, groups, { headers: bearer(TOKEN) })).status).toBe(200)
  })

  it('answers as the demo does: lists, a validation refusal, an unknown id, a save that starts builds', async () => {
    const { url } = await start()
    const org = acme()
    const redis = repoId('redis')
    const reads = [
      `/iam/v1/groups?uidp.inRoot=true`,
      `/registry/v1/repos?uidp.childrenOf=${org}`,
      `/apk/v1/package-summaries?uidp.descendantsOf=${org}&query=cu&pageSize=5`,
      `/apk/v1/package-summaries?uidp.descendantsOf=${org}&pageSize=-1`,
      `/registry/v1/entitlements/${org}0:features`,
    ]
    for (const path of reads) {
      const overHttp = await call(url, path, { headers: bearer(TOKEN) })
      expect(overHttp, path).toEqual(await call(DEMO, path))
      expect(overHttp.status, path).toBe(path.includes('-1') ? 400 : path.includes(':features') ? 404 : 200)
    }

    const repo = db.listRepos({ id: redis })[0]
    const saved = await call(url, `/registry/v1/repos/${redis}`, {
      method: 'PUT',
      headers: { ...bearer(TOKEN), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...repo, customOverlay: { contents: { packages: ['jq'] } } }),
    })
    expect(saved.status).toBe(200)
    db.clock.advance(1000)
    const builds = `/registry/v1/buildreports?uidp.descendantsOf=${redis}&excludeLogs=true`
    const running = await call(url, builds, { headers: bearer(TOKEN) })
    expect(running).toEqual(await call(DEMO, builds))
    expect(JSON.stringify(running.body)).toContain('"result":"Unknown"')
  })

  it('revokes the token on the control path: the old one answers 401, the new one 200', async () => {
    const { url } = await start({ control: true })
    const groups = '/iam/v1/groups?uidp.inRoot=true'
    const revoked = await call(url, '/__mock/token', {
      method: 'POST',
      body: JSON.stringify({ token: 'second' }),
    })
    expect(revoked).toEqual({ status: 200, body: { token: 'second' } })
    expect((await call(url, groups, { headers: bearer(TOKEN) })).status).toBe(401)
    expect((await call(url, groups, { headers: bearer('second') })).status).toBe(200)

    const random = await call(url, '/__mock/token', { method: 'POST' })
    const { token } = random.body as { token: string }
    expect(token).toMatch(/^[\w-]{20,}$/)
    expect((await call(url, groups, { headers: bearer('second') })).status).toBe(401)
    expect((await call(url, groups, { headers: bearer(token) })).status).toBe(200)
  })

  it('has no control path unless asked: the token stays', async () => {
    const { url } = await start()
    expect((await call(url, '/__mock/token', { method: 'POST' })).status).toBe(404)
    expect((await call(url, '/iam/v1/groups', { headers: bearer(TOKEN) })).status).toBe(200)
  })

  it('drops the connection when a fault says so', async () => {
    const { url } = await start()
    db.injectFault({ path: '/iam/v1/groups', answer: 'network-error', times: 1 })
    await expect(fetch(`${url}/iam/v1/groups`, { headers: bearer(TOKEN) })).rejects.toThrow()
    expect((await call(url, '/iam/v1/groups', { headers: bearer(TOKEN) })).status).toBe(200)
  })

  it('sends a 200,000-line log whole', async () => {
    db.reset('huge-log')
    const { url } = await start()
    const node = repoId(db.HUGE_LOG.image)
    const [build] = db.listBuildReports({ descendantsOf: node, excludeLogs: true })
    const { status, body } = await call(url, `/registry/v1/buildreports?uidp.ids=${build?.id}`, {
      headers: bearer(TOKEN),
    })
    expect(status).toBe(200)
    const lines = ((body as { reports: Array<{ log: string }> }).reports[0]?.log ?? '').split('\n')
    expect(lines).toHaveLength(db.HUGE_LOG.lines)
    expect(lines.every((line) => LOG_LINE.test(line))).toBe(true)
  })
})

/** Runs `npm run mock-api`'s entry with the given environment; resolves on its first output or exit. */
function runCli(env: Record<string, string>) {
  const entry = fileURLToPath(new URL('./mock-api.mjs', import.meta.url))
  // not under Vitest: the mock API's clock follows real time
  const { VITEST: _vitest, ...parent } = process.env
  const child = spawn(process.execPath, [entry], { env: { ...parent, ...env } })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, exited, output: () => output }
}

// each starts a node process that compiles the mock registry: allow a busy machine its time
describe('npm run mock-api', { timeout: 30_000 }, () => {
  it('prints its URL and the token it accepts, and serves with it', async () => {
    const cli = runCli({ MOCK_API_PORT: '0', MOCK_API_TOKEN: 'printed-token' })
    try {
      await expect.poll(cli.output, { timeout: 25_000 }).toMatch(/Bearer token: printed-token/)
      const url = /listening at (http:\/\/localhost:\d+)/.exec(cli.output())?.[1] ?? ''
      expect(cli.output()).toContain(`VITE_API_URL=${url} npm start`)
      const { status, body } = await call(url, '/iam/v1/groups?uidp.inRoot=true', {
        headers: bearer('printed-token'),
      })
      expect(status).toBe(200)
      expect(JSON.stringify(body)).toContain('acme.com')
    } finally {
      cli.child.kill()
    }
  })

  it('refuses an unknown scenario clearly and exits 1', async () => {
    const cli = runCli({ MOCK_API_PORT: '0', MOCK_SCENARIO: 'no-such-scenario' })
    expect(await cli.exited).toBe(1)
    expect(cli.output()).toMatch(/unknown scenario "no-such-scenario"\. Scenarios: default, empty-org/)
  })
})
