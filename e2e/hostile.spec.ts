import type { Page } from '@playwright/test'
import {
  ARABIC,
  EMOJI,
  HEBREW,
  HOSTILE_IMAGES,
  HTML_PROBE,
  LONG_LINE_END,
  RTL_OVERRIDE,
  SCRIPT_PROBE,
  ZERO_WIDTH,
} from '../mocks/seed/hostile'
import { expect, test } from './fixtures'

/**
 * The `hostile` scenario's text — markup, scripts, ANSI escapes, RTL overrides, emoji, zero-width
 * characters, a 1 MB log line — on every screen that shows it: shown as text, nothing runs, nothing
 * is added to the page, and the page keeps answering.
 */

const { markup, rtl, script } = HOSTILE_IMAGES

/**
 * Watches the page from its first byte: dialogs (alert, confirm), and elements added after the
 * page's own markup that could run something: scripts, frames, embeds, `img[src="x"]`, any element
 * with an `on…` attribute, any link to `javascript:`.
 */
async function watchForInjection(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    const found: string[] = []
    Object.assign(window, { injected: found })
    const suspicious = (element: Element) =>
      /^(SCRIPT|IFRAME|OBJECT|EMBED)$/.test(element.tagName) ||
      (element.tagName === 'IMG' && element.getAttribute('src') === 'x') ||
      [...element.attributes].some(
        (attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value),
      )
    const check = (node: Node) => {
      if (!(node instanceof Element)) return
      for (const element of [node, ...node.querySelectorAll('*')]) {
        if (suspicious(element)) found.push(element.outerHTML.slice(0, 200))
      }
    }
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) {
          record.addedNodes.forEach(check)
          if (record.type === 'attributes' && record.target instanceof Element) check(record.target)
        }
      }).observe(document, { childList: true, subtree: true, attributes: true })
    })
  })
  return async function expectNothingRan() {
    expect(dialogs, 'dialogs opened').toEqual([])
    const state = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      injected: (window as unknown as { injected: string[] }).injected,
      probes: document.querySelectorAll('img[src="x"], iframe, a[href^="javascript:"]').length,
      scripts: [...document.scripts].filter((script) => script.textContent?.includes('__pwned')).length,
    }))
    expect(state.pwned).toBeUndefined()
    expect(state.injected).toEqual([])
    expect(state.probes).toBe(0)
    expect(state.scripts).toBe(0)
  }
}

test('hostile names and descriptions show as text in the images list and on the image page', async ({
  page,
}) => {
  const expectNothingRan = await watchForInjection(page)
  await page.goto('/acme.com/images?scenario=hostile&latency=0')
  const table = page.getByRole('table', { name: 'Images of acme.com' })
  const link = table.getByRole('link', { name: markup.name, exact: true })
  // the first page load boots the demo backend: allow for a busy machine
  await expect(link).toHaveText(HTML_PROBE, { timeout: 30_000 })
  await expect(table.getByRole('link', { name: rtl.name, exact: true })).toHaveText(rtl.name)
  await expect(table.getByRole('link', { name: 'node', exact: true })).toBeVisible()

  // the search box takes markup as plain text too
  await page.getByRole('searchbox', { name: 'Search images' }).fill('<img')
  await expect(table.getByRole('row')).toHaveCount(2)
  await link.click()

  await expect(page).toHaveURL(/\/acme\.com\/images\/%3Cimg%20src%3Dx%20onerror%3Dalert\(1\)%3E$/)
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(HTML_PROBE)
  await expect(page.getByText(markup.description, { exact: true })).toBeVisible()
  await expect(page.getByText(`docker pull cgr.dev/acme.com/${HTML_PROBE}:latest`)).toBeVisible()
  const versions = page.getByRole('table', { name: `Versions of ${HTML_PROBE}` })
  await expect(versions.getByText(SCRIPT_PROBE, { exact: true })).toBeVisible()
  await expect(versions.getByText(`latest-${EMOJI}`, { exact: true })).toBeVisible()

  // the RTL name: its page opens from the list and shows the name as written
  await page.getByRole('link', { name: 'Organization Images' }).first().click()
  await page.getByRole('searchbox', { name: 'Search images' }).fill('rtl-')
  await table.getByRole('link', { name: rtl.name, exact: true }).click()
  await expect(heading).toHaveText(rtl.name)
  expect(await heading.textContent()).toContain(`${RTL_OVERRIDE}-${HEBREW}-${ARABIC}-${EMOJI}\u200B`)

  // a name with a slash in it (a script element's end tag) opens too, and survives a reload
  await page.getByRole('link', { name: 'Organization Images' }).first().click()
  await page.getByRole('searchbox', { name: 'Search images' }).fill('<script')
  await table.getByRole('link', { name: script.name, exact: true }).click()
  await expect(heading).toHaveText(SCRIPT_PROBE)
  await expect(page.getByRole('table', { name: `Versions of ${SCRIPT_PROBE}` })).toBeVisible()
  await page.reload()
  await expect(heading).toHaveText(SCRIPT_PROBE)
  await expectNothingRan()
})

test('hostile package descriptions show as text in the Customize checklist', async ({ page }) => {
  const expectNothingRan = await watchForInjection(page)
  await page.goto(`/acme.com/images/${encodeURIComponent(markup.name)}?scenario=hostile&latency=0`)
  await page.getByRole('button', { name: 'Customize Image' }).click()
  const dialog = page.getByRole('dialog', { name: 'Customize Image' })
  await expect(dialog).toHaveAccessibleDescription(`Add or remove packages in ${HTML_PROBE}.`)
  await expect(dialog.getByText(/of 1\d{3} shown$/)).toBeVisible({ timeout: 30_000 })
  await dialog.getByRole('searchbox', { name: 'Filter packages' }).fill('hostile-')
  const checklist = dialog.getByRole('group', { name: 'Packages' })
  await expect(checklist.getByRole('checkbox')).toHaveCount(6)
  await expect(checklist.getByText(`${HTML_PROBE} renders as text`, { exact: true })).toBeVisible()
  await expect(checklist.getByText(`${SCRIPT_PROBE} stays a string`, { exact: true })).toBeVisible()
  await expect(checklist.getByText(`${RTL_OVERRIDE} ${ARABIC} ${HEBREW}`, { exact: true })).toBeVisible()
  await expect(checklist.getByText(`${EMOJI} ${ZERO_WIDTH}`, { exact: true })).toBeVisible()
  // ANSI escapes in a description are characters, not colours
  await expect(checklist.getByText(/\[31mred\S* \S*truecolor/)).toBeVisible()
  await expect(checklist.locator('.ansi-red')).toHaveCount(0)

  // the image's own build config adds hostile-html: it is ticked; another one can be
  await expect(checklist.getByRole('checkbox', { name: 'hostile-html' })).toBeChecked()
  await checklist.getByRole('checkbox', { name: 'hostile-script' }).check()
  await expect(dialog.getByRole('list', { name: 'Packages added' })).toContainText('hostile-script')
  // a filter typed as markup finds the descriptions that hold it, as text
  await dialog.getByRole('searchbox', { name: 'Filter packages' }).fill('<script>')
  await expect(checklist.getByRole('checkbox')).toHaveCount(1)
  await expectNothingRan()
})

test('hostile annotation values show as text in the build config view and the editor', async ({ page }) => {
  const expectNothingRan = await watchForInjection(page)
  await page.goto(
    `/acme.com/images/${encodeURIComponent(markup.name)}/build-config?scenario=hostile&latency=0`,
  )
  const document = page.getByLabel('Build config document')
  await expect(document).toContainText(`com.example.html: ${HTML_PROBE}`, { timeout: 30_000 })
  await expect(document).toContainText(`com.example.script: ${SCRIPT_PROBE}`)
  await expect(document).toContainText(`NOTE: ${SCRIPT_PROBE}`)
  await expect(document).toContainText(ARABIC)
  await expect(document).toContainText(EMOJI)

  await page.getByRole('button', { name: 'Edit' }).click()
  const editor = page.locator('.monaco-editor').first()
  // Monaco (about 1 MB) loads on the first edit: allow for a busy machine
  await expect(editor.locator('.view-lines')).toContainText('com.example.script', { timeout: 20_000 })
  await expect(editor.locator('.view-lines')).toContainText(SCRIPT_PROBE)
  await expect(editor.locator('.view-lines')).toContainText(HTML_PROBE)
  // the form view of the same document lists the values as text
  const annotations = page.getByRole('region', { name: 'Annotations' })
  await expect(annotations.getByRole('row').filter({ hasText: 'com.example.html' })).toContainText(HTML_PROBE)
  await expect(annotations.getByRole('row').filter({ hasText: 'com.example.script' })).toContainText(
    SCRIPT_PROBE,
  )
  await expectNothingRan()
})

test('a hostile build log shows as text, and its 1 MB line opens on request', async ({ page }) => {
  const expectNothingRan = await watchForInjection(page)
  await page.goto(`/acme.com/images/${encodeURIComponent(markup.name)}/builds?scenario=hostile&latency=0`)
  await page
    .getByRole('table', { name: `Builds of ${HTML_PROBE}` })
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .click()
  const drawer = page.getByRole('dialog', { name: /^[0-9a-f]{16}$/ })
  const log = drawer.getByRole('log')
  await expect(log.getByText(HTML_PROBE, { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(log.getByText(SCRIPT_PROBE, { exact: true })).toBeVisible()
  await expect(
    log.getByText('<iframe src="javascript:alert(1)"></iframe> a raw line with no time'),
  ).toBeVisible()
  await expect(log.getByText(`${RTL_OVERRIDE} ${ARABIC} ${HEBREW}`)).toBeVisible()
  await expect(log.getByText(`${EMOJI} ${ZERO_WIDTH}`)).toBeVisible()
  // ANSI: colours become styles, every other escape (title, link, clear screen) is dropped
  const ansi = log.locator('.log-line').filter({ hasText: 'truecolor' })
  await expect(ansi).toContainText('red truecolor  a link after clear')
  await expect(ansi.locator('.ansi-red')).toHaveText('red')
  expect(await ansi.textContent()).not.toContain('\u001b')

  // the 1 MB line is cut until asked for; "show all" draws it and the drawer keeps answering
  const more = log.getByRole('button', { name: /^… show all 1,000,0\d\d characters$/ })
  await expect(more).toBeVisible()
  await expect(log.getByText(LONG_LINE_END)).toHaveCount(0)
  const started = Date.now()
  await more.click()
  await expect(log.getByText(LONG_LINE_END)).toBeAttached()
  const shownMs = Date.now() - started
  test.info().annotations.push({ type: '1 MB line: "show all" → drawn', description: `${shownMs} ms` })
  expect(shownMs).toBeLessThan(5_000)

  const search = drawer.getByRole('searchbox', { name: 'Search the log' })
  await search.fill(LONG_LINE_END)
  await expect(drawer.locator('.log-count')).toHaveText('1 of 1')
  await search.fill('<script>')
  await expect(drawer.locator('.log-count')).toHaveText(/^1 of [2-9]$/)
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expectNothingRan()
})
