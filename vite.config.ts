import react from '@vitejs/plugin-react'
import { loadEnv, type Plugin, type Rolldown } from 'vite'
import { defineConfig } from 'vitest/config'

/** Path prefixes of the platform API; in real mode the dev and preview servers forward them. */
const apiPrefixes = ['/iam/', '/registry/', '/apk/', '/apko/']

/**
 * The production build's Content-Security-Policy: scripts, workers and connections from the
 * console's own origin only (the API is reached through the same origin), no inline script, no
 * eval, no plugins. Inline styles are allowed: Monaco writes its styles at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** Puts the policy in the built index.html, so any static host serves it. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * Marks the chunk that holds the log viewer for eager compilation (V8's explicit compile hints): its
 * functions are compiled as the chunk loads, off the main thread, instead of one by one on the main
 * thread when a log is first drawn. Engines without the hint read a comment.
 */
export function compileHints(chunk: Rolldown.RenderedChunk): string {
  const eager = Object.keys(chunk.modules).some((id) => id.endsWith('/src/features/builds/log-viewer.tsx'))
  return eager ? '//# allFunctionsCalledOnLoad' : ''
}

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
    plugins: [react(), contentSecurityPolicy()],
    worker: { format: 'es' },
    server: { port: port ?? 5173, proxy },
    preview: {
      port: port ?? 4173,
      proxy,
      // as a header too, with what a meta tag cannot say
      headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
    },
    build: { target: 'es2022', sourcemap: true, rolldownOptions: { output: { postBanner: compileHints } } },
    test: {
      environment: 'happy-dom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      restoreMocks: true,
      testTimeout: 15_000,
    },
  }
})
