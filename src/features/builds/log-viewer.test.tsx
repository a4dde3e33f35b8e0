import { setSingleKeyShortcuts } from '../../ui/shortcuts'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { LogViewer } from './log-viewer'

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
})

const START = Date.parse('2026-11-23T12:00:00.000Z')
const at = (seconds: number) => new Date(START + seconds * 1000).toISOString()

const LOG = [
  `${at(0)}[INFO]starting`,
  `${at(1)}[INFO]\u001b[31mfailed\u001b[0m to fetch, \u001b[1;32mretrying\u001b[0m`,
  `${at(2)}[WARN]<script>window.hacked = true</script><img src=x onerror="window.hacked=true">`,
  'a raw line without a time',
  `${at(3)}[INFO]${'x'.repeat(100_000)}`,
  `${at(4)}[ERROR]it broke`,
].join('\r\n')

function renderViewer(text = LOG, props: { running?: boolean } = {}, hash = '') {
  const router = createMemoryRouter(
    [{ path: '/log', element: <LogViewer text={text} label="Log" startedAt={START} {...props} /> }],
    { initialEntries: [`/log${hash}`] },
  )
  const user = userEvent.setup()
  render(<RouterProvider router={router} />)
  return { user, router, log: screen.getByRole('log', { name: 'Log' }) }
}

describe('LogViewer', () => {
  it('shows levels, times and ANSI colour, and never interprets HTML from the log', () => {
    const { log } = renderViewer()
    expect(log).toHaveTextContent('2026-11-23T12:00:01.000Z')
    const red = within(log).getByText('failed')
    expect(red).toHaveClass('ansi-red')
    expect(within(log).getByText('retrying')).toHaveClass('ansi-green', 'ansi-bold')
    expect(log.textContent).not.toContain('\u001b')
    expect(within(log).getByText(/<script>window\.hacked = true<\/script>/)).toBeInTheDocument()
    expect(log.querySelector('script, img')).toBeNull()
    expect((window as { hacked?: boolean }).hacked).toBeUndefined()
    expect(within(log).getByText('a raw line without a time')).toBeInTheDocument()
    expect(within(log).getByText('it broke').closest('.log-line')).toHaveClass('sev-error')
  })

  it('cuts a 100,000-character line until asked, so the page stays responsive', async () => {
    const { user, log } = renderViewer()
    const more = within(log).getByRole('button', { name: /show all 100,000 characters/ })
    const line = more.closest('.log-line') as HTMLElement
    expect(line.textContent?.length).toBeLessThan(5_000)
    await user.click(more)
    expect(line.textContent?.length).toBeGreaterThan(100_000)
  })

  it('switches times between absolute, from start and hidden (T), and copies without hidden times', async () => {
    const { user, log } = renderViewer()
    const times = screen.getByRole('combobox', { name: 'Times' })
    await user.selectOptions(times, 'relative')
    expect(log).toHaveTextContent('+0:04.000')
    expect(log).not.toHaveTextContent('2026-11-23T12:00:04.000Z')

    log.focus()
    await user.keyboard('t')
    expect(times).toHaveValue('hidden')
    expect(log.querySelector('.log-time')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    const copied = await navigator.clipboard.readText()
    expect(copied.split('\n')[5]).toBe('[ERROR]it broke')
    expect(copied).not.toContain('2026-11-23T')
    expect(copied).not.toContain('\u001b')

    log.focus()
    await user.keyboard('t')
    expect(times).toHaveValue('relative')
  })

  it('with single-key shortcuts off, T and / do nothing and the search box no longer offers /', async () => {
    setSingleKeyShortcuts(false)
    try {
      const { user, log } = renderViewer()
      const box = screen.getByRole('searchbox', { name: 'Search the log' })
      expect(box).toHaveAttribute('placeholder', 'Search the log')
      log.focus()
      await user.keyboard('t/')
      expect(screen.getByRole('combobox', { name: 'Times' })).not.toHaveValue('hidden')
      expect(box).not.toHaveFocus()
      await user.keyboard('{Control>}f{/Control}')
      expect(box).toHaveFocus()
    } finally {
      setSingleKeyShortcuts(true)
    }
  })

  it('wraps lines on request and makes line numbers permalinks (shift-click for a range)', async () => {
    const { user, router, log } = renderViewer()
    const wrap = screen.getByRole('button', { name: 'Wrap lines' })
    expect(wrap).toHaveAttribute('aria-pressed', 'false')
    await user.click(wrap)
    expect(wrap).toHaveAttribute('aria-pressed', 'true')
    expect(log).toHaveClass('wrap')

    await user.click(within(log).getByRole('link', { name: 'Line 2' }))
    expect(router.state.location.hash).toBe('#L2')
    await user.keyboard('{Shift>}')
    await user.click(within(log).getByRole('link', { name: 'Line 4' }))
    await user.keyboard('{/Shift}')
    expect(router.state.location.hash).toBe('#L2-L4')
    expect(log.querySelectorAll('.log-line.selected')).toHaveLength(3)
  })

  it('gives each line its number for a screen reader: the line owns the number’s link', () => {
    const { log } = renderViewer()
    const rows = [...log.querySelectorAll<HTMLElement>('.log-line')]
    expect(rows.length).toBeGreaterThan(2)
    for (const row of rows) {
      const number = document.getElementById(row.getAttribute('aria-owns') ?? '')
      expect(number).toHaveAccessibleName(`Line ${Number(row.dataset.index) + 1}`)
      expect(log).toContainElement(number)
    }
  })

  it('says when a link names a line the log does not have, until a line is chosen', async () => {
    const { user, router } = renderViewer(LOG, {}, '#L9999')
    expect(screen.getByText('Line 9999 does not exist: this log has 6 lines.')).toHaveRole('status')
    await user.click(screen.getByRole('link', { name: 'Line 2' }))
    expect(router.state.location.hash).toBe('#L2')
    expect(screen.queryByText(/does not exist/)).not.toBeInTheDocument()
  })

  it('says so for a link that names no line, and for a line a running build has not written yet', () => {
    const malformed = renderViewer(LOG, {}, '#Lfoo')
    expect(screen.getByText('Line “foo” does not exist: this log has 6 lines.')).toBeInTheDocument()
    malformed.router.dispose()
    cleanup()
    renderViewer(LOG, { running: true }, '#L7-L9')
    expect(
      screen.getByText('Line 7 is not in the log yet: the build has written 6 lines so far.'),
    ).toBeInTheDocument()
    cleanup()
    renderViewer(LOG, {}, '#L6')
    expect(screen.queryByText(/does not exist/)).not.toBeInTheDocument()
    expect(screen.getByRole('log').querySelector('.log-line.selected')).toHaveTextContent('it broke')
  })

  it('opens a long log on a linked line at once, before the rest of the log is parsed', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `${at(i)}[INFO]step ${i + 1}`).join('\n')
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(200_000 * 20)
    const scrolls: number[] = []
    vi.spyOn(Element.prototype, 'scrollTo').mockImplementation((options?: ScrollToOptions | number) => {
      if (typeof options === 'object' && options.top !== undefined) scrolls.push(options.top)
    })
    renderViewer(text, {}, '#L150000-L150010')
    // no timer has run: only the log's head is parsed, yet the list is scrolled to line 150,000 (centred)
    expect(scrolls.at(-1)).toBe(149_999 * 20 - (600 - 20) / 2)
    expect(screen.queryByText(/does not exist/)).not.toBeInTheDocument()
  })

  it('shows a long log’s first lines at once, and its errors once the rest is read', async () => {
    const text = [
      ...Array.from({ length: 400_000 }, (_, i) => `${at(i)}[INFO]step ${i + 1}`),
      `${at(400_000)}[ERROR]it broke at the end`,
    ].join('\n')
    renderViewer(text)
    // no timer has run: the first lines are drawn, the end of the log is not read yet
    expect(within(screen.getByRole('log')).getByText('step 1')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Jump to first error/ })).not.toBeInTheDocument()
    expect(
      await screen.findByRole('button', { name: /Jump to first error/ }, { timeout: 10_000 }),
    ).toBeInTheDocument()
  })

  it('shows the first match of a long log at once, and counts the rest without holding up the page', async () => {
    // 400,000 lines of about 40 characters, a rare word on every 10,000th from line 101 on
    const text = Array.from(
      { length: 400_000 },
      (_, i) => `${at(i)}[INFO]step ${i + 1}${i % 10_000 === 100 ? ' zircon' : ''}`,
    ).join('\n')
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(400_000 * 20)
    const scrolls: number[] = []
    vi.spyOn(Element.prototype, 'scrollTo').mockImplementation((options?: ScrollToOptions | number) => {
      if (typeof options === 'object' && options.top !== undefined) scrolls.push(options.top)
    })
    renderViewer(text)
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the log' }), {
      target: { value: 'ZIRCON' },
    })
    // no timer has run: the log's head is searched, the list scrolled to the first match (line
    // 101, centred), the count not complete
    expect(screen.getByText(/^1 of \d+…$/)).toBeInTheDocument()
    expect(scrolls.at(-1)).toBe(100 * 20 - (600 - 20) / 2)
    expect(await screen.findByText('1 of 40', {}, { timeout: 10_000 })).toBeInTheDocument()
  })

  it('keeps the lines drawn in the log’s order, each with its own number, through jumps and scrolls', async () => {
    const text = Array.from(
      { length: 50_000 },
      (_, i) => `${at(i)}[INFO]step ${i + 1}${i === 30_000 || i === 30_030 || i === 45_000 ? ' zircon' : ''}`,
    ).join('\n')
    const { user, log } = renderViewer(text)
    /** the lines in the page's order (as a selection copies them and a screen reader reads them) */
    const drawn = () =>
      [...log.querySelectorAll<HTMLElement>('.log-line')].map((row) => {
        const number = document.getElementById(row.getAttribute('aria-owns') ?? '')?.textContent
        return `${number}: ${row.textContent?.replace(/^\S+Z/, '')}`
      })
    const expectRun = (first: number) => {
      const lines = drawn()
      expect(lines.length).toBeGreaterThan(20)
      expect(lines).toEqual(
        lines.map(
          (_, i) => `${first + i}: INFOstep ${first + i}${lines[i]?.endsWith('zircon') ? ' zircon' : ''}`,
        ),
      )
    }
    expectRun(1)
    await user.type(screen.getByRole('searchbox', { name: 'Search the log' }), 'zircon')
    expect(drawn()).toContain('30001: INFOstep 30001 zircon')
    expectRun(Number(drawn()[0]?.split(':')[0]))
    await user.click(screen.getByRole('button', { name: 'Next match' }))
    await user.click(screen.getByRole('button', { name: 'Next match' }))
    expect(drawn()).toContain('45001: INFOstep 45001 zircon')
    expectRun(Number(drawn()[0]?.split(':')[0]))
    // scrolled by hand, a few lines and then far
    for (const top of [45_003 * 20, 45_010 * 20, 1_000 * 20]) {
      vi.spyOn(HTMLElement.prototype, 'scrollTop', 'get').mockReturnValue(top)
      fireEvent.scroll(log)
      expect(drawn()).toContain(`${top / 20 + 1}: INFOstep ${top / 20 + 1}`)
      expectRun(Number(drawn()[0]?.split(':')[0]))
    }
  })

  it('shows a running build’s new lines as they arrive, and waits for the first ones', async () => {
    function Growing() {
      const [count, setCount] = useState(0)
      const text = Array.from({ length: count }, (_, i) => `${at(i)}[INFO]step ${i + 1}`).join('\n')
      return (
        <>
          <button type="button" onClick={() => setCount(count + 20)}>
            more
          </button>
          <LogViewer text={text} label="Log" startedAt={START} running />
        </>
      )
    }
    const router = createMemoryRouter([{ path: '/', element: <Growing /> }])
    const user = userEvent.setup()
    render(<RouterProvider router={router} />)
    expect(screen.getByText('Waiting for the first lines…')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'more' }))
    expect(within(screen.getByRole('log')).getByText('step 20')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'more' }))
    expect(within(screen.getByRole('log')).getByText('step 40')).toBeInTheDocument()
  })

  it('says so when a build wrote nothing', () => {
    const router = createMemoryRouter([{ path: '/', element: <LogViewer text="" label="Log" /> }])
    render(<RouterProvider router={router} />)
    expect(screen.getByText('This build wrote no log.')).toBeInTheDocument()
  })
})
