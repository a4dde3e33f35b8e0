// @vitest-environment node
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from 'vite'

const outDir = join(process.cwd(), 'dist-real-mode-test')

describe('a real-mode production build', () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('contains the console and its sign-in, and no mock code at all', async () => {
    process.env.VITE_API_URL = 'https://registry-api.example.test'
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } })
    } finally {
      delete process.env.VITE_API_URL
    }
    const assets = readdirSync(join(outDir, 'assets'))
    const code = assets
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(outDir, 'assets', file), 'utf8'))
      .join('\n')

    expect(code).toContain('Sign in to Assembly Console')
    expect(code).toContain('/registry/v1/repos')
    // mock backend, its worker, its seed data and MSW itself
    for (const marker of [
      'mockServiceWorker',
      'assemblyMocks',
      'node-with-tools',
      'Injected failure',
      'msw',
    ]) {
      expect(code, `real-mode bundle contains "${marker}"`).not.toContain(marker)
    }
    expect(assets.some((file) => file.startsWith('browser-'))).toBe(false)

    // the static files carry the Content-Security-Policy themselves, and index.html has no inline script
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    expect(html).toContain('http-equiv="Content-Security-Policy"')
    expect(html).toMatch(/script-src &#39;self&#39;;/)
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\ssrc=/.test(tag))).toBe(true)
  }, 60_000)
})
