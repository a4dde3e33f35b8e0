/**
 * `npm run mock-api`: the mock registry as an HTTP server, for real mode on a laptop.
 *
 * - `MOCK_API_PORT` (default 8787), `MOCK_API_TOKEN` (default: a random one), `MOCK_SCENARIO`
 *   (default `default`, as `?scenario=` in the demo), `MOCK_LATENCY_MS` (`0`, `200` or `100-300`),
 *   `MOCK_BUILD_SPEED` (default 1: builds take a few seconds, as in the demo; 4: a quarter of that).
 * - `MOCK_API_CONTROL=1` serves `POST /__mock/token` for tests: revokes the token, accepts another.
 */
import * as db from './db'
import { buildPace } from './builds'
import { mockSettings } from './handlers'
import { startMockApi } from './http-server'

const DEFAULT_PORT = 8787

function fail(message: string): never {
  console.error(`mock-api: ${message}`)
  process.exit(1)
}

function latency(text = '0'): [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim())
  if (!match) fail(`MOCK_LATENCY_MS must be milliseconds, e.g. 200 or 100-300 (got "${text}").`)
  const min = Number(match[1])
  return [min, match[2] === undefined ? min : Number(match[2])]
}

const env = process.env
const scenario = env.MOCK_SCENARIO || 'default'
if (!db.isScenario(scenario)) {
  fail(`unknown scenario "${scenario}". Scenarios: ${db.scenarioNames.join(', ')}.`)
}
const port = Number(env.MOCK_API_PORT || DEFAULT_PORT)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`MOCK_API_PORT is not a port: "${env.MOCK_API_PORT}".`)

const speed = Number(env.MOCK_BUILD_SPEED || 1)
if (!(speed > 0)) fail(`MOCK_BUILD_SPEED must be a number above 0 (got "${env.MOCK_BUILD_SPEED}").`)

db.reset(scenario)
buildPace.speed = speed
mockSettings.latencyMs = latency(env.MOCK_LATENCY_MS)
const api = await startMockApi({
  port,
  token: env.MOCK_API_TOKEN || undefined,
  control: env.MOCK_API_CONTROL === '1',
}).catch((error: unknown) => fail(`cannot listen on port ${port}: ${String(error)}`))

console.log(`Mock API (scenario "${scenario}") listening at ${api.url}
Bearer token: ${api.token()}
Real mode against it: VITE_API_URL=${api.url} npm start, then sign in with the token.`)
