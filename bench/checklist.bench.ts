import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { test, type Page } from '@playwright/test'
import { report, RUNS, summarize } from './figures'
import { droppedFrames, keystrokeSamples, recordKeystrokes } from './page-measures'

/**
 * The Customize dialog on the large organization: opening time, the filter's keystroke-to-paint
 * latency, and dropped frames while scrolling the checklist. Twice: with the mocks' generated
 * 20,000-package catalogue, and with the real Wolfi catalogue (11,000+ packages) read from
 * `../shared/data/wolfi-packages.json` next to the checkout and handed to the demo backend, so the
 * console fetches, pages and filters it as it would any catalogue.
 */
const IMAGE = '/initech.dev/images/node?latency=0'
const TYPED = ['py', 'thon', '-3', '.12', 'x', 'ssl', 'lib', 'curl', 'z', 'go']
const WOLFI = fileURLToPath(new URL('../../shared/data/wolfi-packages.json', import.meta.url))

/** `pointerRests`: the pointer rests on the button first, as it does before a click (the data is prefetched then). */
async function openDialog(page: Page, pointerRests: boolean): Promise<number> {
  // the pointer leaves the button, so that the page does not prefetch the catalogue when it appears
  await page.mouse.move(0, 0)
  await page.goto(IMAGE)
  const button = page.getByRole('button', { name: 'Customize Image' })
  await button.waitFor()
  // let the page settle (the form's code is fetched once the page is up)
  await page.waitForTimeout(500)
  if (pointerRests) {
    await button.hover()
    await page.waitForTimeout(400)
  }
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        const customize = [...document.querySelectorAll('button')].find(
          (button) => button.textContent?.trim() === 'Customize Image',
        )
        if (!customize) throw new Error('no "Customize Image" button')
        customize.click()
        const check = () => {
          if (document.querySelector('[role="dialog"] input[type="checkbox"]')) {
            // the frame with the first rows has been produced once the next one starts
            requestAnimationFrame(() => resolve(performance.now() - start))
          } else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
  )
}

async function measureChecklist(page: Page, section: string, total: number) {
  const cold: number[] = []
  const warm: number[] = []
  for (let run = 0; run < RUNS; run++) cold.push(await openDialog(page, false))
  for (let run = 0; run < RUNS; run++) warm.push(await openDialog(page, true))

  // keystroke → paint: from the input event to the frame after React rendered the filtered rows
  await page
    .getByText(new RegExp(`of (${total}|${total.toLocaleString('en')}) shown$`))
    .waitFor({ timeout: 60_000 })
  const filter = page.getByRole('searchbox', { name: 'Filter packages' })
  await page.evaluate(recordKeystrokes)
  for (let run = 0; run < RUNS; run++) {
    await filter.fill('')
    for (const chunk of TYPED) await filter.pressSequentially(chunk, { delay: 60 })
    for (let i = 0; i < 12; i++) await filter.press('Backspace', { delay: 60 })
  }
  const keystrokes = await keystrokeSamples(page)

  // scrolling: frames longer than 1.5 × 16.7 ms while the list scrolls 30,000 px
  await filter.fill('')
  const dropped: number[] = []
  for (let run = 0; run < RUNS; run++) {
    dropped.push(await page.evaluate(droppedFrames, '[role="dialog"] .checklist'))
  }

  report(section, [
    summarize('dialog open → first rows painted (click at once)', 'ms', cold),
    summarize('dialog open → first rows painted (pointer rested 400 ms)', 'ms', warm),
    summarize('filter keystroke → paint', 'ms', keystrokes, true),
    summarize('dropped frames over 120 scrolled frames', 'frames', dropped),
  ])
}

test('package checklist, 20,000 packages', async ({ page }) => {
  await measureChecklist(page, 'Package checklist (initech.dev, 20,000 packages)', 20_000)
})

interface WolfiPackage {
  name: string
  version: string
  epoch: number
  description: string
  license: string
  origin: string
  archs?: ('x86_64' | 'aarch64')[]
}

test('package checklist, the real Wolfi catalogue', async ({ page }) => {
  test.skip(!existsSync(WOLFI), `no ${WOLFI}`)
  // listed by name, as the registry (and the mocks' own catalogues) list packages
  const packages = (JSON.parse(readFileSync(WOLFI, 'utf8')) as WolfiPackage[])
    .map(({ name, version, epoch, description, license, origin, archs }) => ({
      name,
      version,
      epoch,
      description,
      license,
      origin,
      archs: archs ?? ['x86_64', 'aarch64'],
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  // initech.dev gets this catalogue as soon as the demo backend starts, before the page asks for any of it
  await page.addInitScript((catalogue) => {
    let mocks: { db: { replaceCatalogue(org: string, packages: unknown[]): void } } | undefined
    Object.defineProperty(window, 'assemblyMocks', {
      configurable: true,
      get: () => mocks,
      set(value: NonNullable<typeof mocks>) {
        mocks = value
        value.db.replaceCatalogue('initech.dev', catalogue)
      },
    })
  }, packages)
  await measureChecklist(
    page,
    `Package checklist (initech.dev with the Wolfi catalogue, ${packages.length.toLocaleString('en')} packages)`,
    packages.length,
  )
})
