import react from '@vitejs/plugin-react'
import { loadEnv } from 'vite'
import { defineConfig } from 'vitest/config'

/** Path prefixes of the platform API; in real mode the dev and preview servers forward them. */
const apiPrefixes = ['/iam/', '/registry/', '/apk/', '/apko/']

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const apiUrl = env.VITE_API_URL
  const proxy = apiUrl
    ? Object.fromEntries(
        apiPrefixes.map((prefix) => [prefix, { target: apiUrl, changeOrigin: true, secure: true }]),
      )
    : undefined
  const port = Number(env.PORT) || undefined

  return {
    plugins: [react()],
    worker: { format: 'es' },
    server: { port: port ?? 5173, proxy },
    preview: { port: port ?? 4173, proxy },
    build: { target: 'es2022', sourcemap: true },
    test: {
      environment: 'happy-dom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
      restoreMocks: true,
      testTimeout: 15_000,
    },
  }
})
