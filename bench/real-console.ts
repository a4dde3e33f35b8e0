import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { REAL_BUILD, startMockApi, startPreview, type Server } from '../e2e/real/servers'

/** The bench's own real-mode console and mock API: beside the e2e suite's ports, out of their way. */
const APP_PORT = Number(process.env.BENCH_REAL_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 3)
const API_PORT = Number(process.env.BENCH_MOCK_API_PORT ?? Number(process.env.E2E_MOCK_API_PORT ?? 8788) + 5)

export interface RealConsole {
  url: string
  /** the token the mock API accepts, to sign in with */
  token: string
  stop(): Promise<void>
}

/**
 * Real mode over HTTP as the e2e suite runs it: `npm run mock-api` on `scenario` with no added
 * latency, and the real-mode build (`npm run build:real`) served by `vite preview`, whose proxy
 * forwards the API paths to it. `stop` ends both.
 */
export async function startRealConsole(scenario: string): Promise<RealConsole> {
  if (!existsSync(REAL_BUILD)) throw new Error(`${REAL_BUILD} is missing: npm run build:real makes it`)
  const token = `bench-${randomUUID()}`
  const servers: Server[] = []
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop()
  }
  try {
    servers.push(await startMockApi(API_PORT, token, { MOCK_SCENARIO: scenario, MOCK_LATENCY_MS: '0' }))
    servers.push(await startPreview(APP_PORT, `http://localhost:${API_PORT}`))
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `http://localhost:${APP_PORT}`, token, stop }
}
