import { chromium } from '@playwright/test'
const base = process.env.BASE ?? 'http://localhost:4173'
const shots = JSON.parse(process.argv[2])
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: { width: s.w ?? 1280, height: s.h ?? 800 }, colorScheme: s.dark ? 'dark' : 'light' })
  const page = await ctx.newPage()
  const errors = []
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(base + s.url)
  if (s.wait) await page.getByText(s.wait).first().waitFor({ timeout: 10000 })
  if (s.click) { await page.getByRole('button', { name: s.click }).first().click(); await page.waitForTimeout(300) }
  await page.waitForTimeout(400)
  await page.screenshot({ path: `/tmp/shots/${s.name}.png`, fullPage: !!s.full })
  console.log(s.name, errors.length ? errors : 'ok')
  await ctx.close()
}
await browser.close()
