// Starts `mock-api.ts` through Vite's module runner: Node 20 cannot run TypeScript, and Vite (already
// a dependency) compiles it on the fly, the way it loads a config file with `--configLoader runner`.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

await runnerImport(fileURLToPath(new URL('./mock-api.ts', import.meta.url)), {
  root: fileURLToPath(new URL('..', import.meta.url)),
  logLevel: 'error',
})
