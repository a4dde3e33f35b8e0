import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, runnerImport, type Plugin } from 'vite'
import type { hugeLogText } from './huge-log'
import { compileHints } from '../../vite.config'
import { GROWTH_SIZES, logFile } from './sizes'

/**
 * The log-viewer harness: a page of its own (never part of the console's build) that mounts one
 * log viewer, chosen by `?viewer=`, on the `huge-log` scenario's log. `npm run bench` builds it into
 * `bench/dist-harness` and serves it with `vite preview -c bench/harness/vite.config.ts`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [react(), hugeLog()],
  build: {
    outDir: fileURLToPath(new URL('../dist-harness', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // as the console's build does
    rolldownOptions: { output: { postBanner: compileHints } },
  },
})

/**
 * Writes the log next to the page as `huge-log.txt`, so every viewer reads the same text, and the
 * same build's log at each size of the growth curves as `huge-log-<lines>.txt` (written at build
 * time, never committed: the largest is about 120 MB).
 */
function hugeLog(): Plugin {
  return {
    name: 'huge-log',
    apply: 'build',
    async generateBundle() {
      // loaded through Vite's module runner: the mocks are TypeScript
      const { module } = await runnerImport<{ hugeLogText: typeof hugeLogText }>(
        fileURLToPath(new URL('./huge-log.ts', import.meta.url)),
        { configFile: false, logLevel: 'silent' },
      )
      this.emitFile({ type: 'asset', fileName: logFile(), source: module.hugeLogText() })
      for (const lines of GROWTH_SIZES)
        this.emitFile({ type: 'asset', fileName: logFile(lines), source: module.hugeLogText(lines) })
    },
  }
}
