import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices (landmarks, headings, regions). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/** Rules that do not apply to one part of the page; every other rule still runs there. */
export interface Allowance {
  selector: string
  rules: string[]
}

/**
 * Monaco's diff view colours its own syntax tokens over its own inserted/removed line highlight (e.g.
 * the `vs` theme's teal keys on its light-green insertion background, about 4.2:1). That is Monaco's
 * built-in theme, not our markup or styles: colour contrast is not checked inside the diff's lines.
 */
export const MONACO_DIFF_TOKENS: Allowance = {
  selector: '.monaco-diff-editor .view-lines',
  rules: ['color-contrast'],
}

/**
 * Runs axe on the page as it is now and fails, softly (so one run reports every state), on any
 * violation, each listed as `rule (impact): help — selector, selector`.
 */
export async function expectAccessible(page: Page, state: string, allowances: readonly Allowance[] = []) {
  const whole = axe(page)
  for (const { selector } of allowances) whole.exclude(selector)
  // one run at a time: axe refuses to start while it is running
  const runs = [await whole.analyze()]
  for (const { selector, rules } of allowances) {
    if ((await page.locator(selector).count()) === 0) continue
    runs.push(await axe(page).include(selector).disableRules(rules).analyze())
  }
  const found = runs.flatMap(({ violations }) =>
    violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    ),
  )
  expect.soft(found, `axe violations on ${state}`).toEqual([])
}

/**
 * The console has no frames, so axe runs in the page itself ("legacy" mode) rather than opening a
 * blank page per run to merge the results of frames: the same rules, three to five times faster.
 */
function axe(page: Page) {
  return new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true)
}
