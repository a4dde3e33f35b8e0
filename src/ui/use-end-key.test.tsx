import { fireEvent, render } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { useEndKey } from './use-end-key'

function Page() {
  useEndKey()
  return <input aria-label="Search" />
}

/**
 * A page `height` px long in a window 800 px high, scrolled to `at`: the test DOM lays nothing out,
 * so the page's length and scroll are set here, as a windowed table would leave them.
 */
function pageOf(height: number, at: number) {
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => height })
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 })
  Object.defineProperty(window, 'scrollY', { configurable: true, value: at })
}

let scrolledTo: ReturnType<typeof vi.fn>
beforeEach(() => {
  vi.useFakeTimers()
  scrolledTo = vi.fn()
  vi.spyOn(window, 'scrollTo').mockImplementation(scrolledTo as typeof window.scrollTo)
})
afterEach(() => vi.useRealTimers())

it('once the End key’s scroll is over, takes a page that grew on the way to its new end', () => {
  render(<Page />)
  fireEvent.keyDown(document.body, { key: 'End' })
  // the key's scroll ended where the page ended; rows drawn on the way made it 400 px longer
  pageOf(10_400, 9_200)
  fireEvent.scroll(window)
  vi.advanceTimersByTime(200)
  expect(scrolledTo).toHaveBeenCalledWith({ top: 9_600 })

  // there, the page stays
  pageOf(10_400, 9_600)
  fireEvent.scroll(window)
  vi.advanceTimersByTime(200)
  expect(scrolledTo).toHaveBeenCalledTimes(1)
})

it('takes the page to its end when the key’s own scroll never moved it (a busy browser)', () => {
  render(<Page />)
  pageOf(36_500, 0)
  fireEvent.keyDown(document.body, { key: 'End' })
  vi.advanceTimersByTime(100)
  expect(scrolledTo).not.toHaveBeenCalled()
  vi.advanceTimersByTime(100)
  expect(scrolledTo).toHaveBeenCalledWith({ top: 35_700 })
})

it('follows a key’s scroll that ends seconds later, short of the end', () => {
  render(<Page />)
  pageOf(36_500, 0)
  fireEvent.keyDown(document.body, { key: 'End' })
  // the scroll starts late and goes on for five seconds, never still for long
  for (let at = 0; at <= 35_000; at += 875) {
    pageOf(36_500, at)
    vi.advanceTimersByTime(at === 0 ? 100 : 120)
    fireEvent.scroll(window)
  }
  expect(scrolledTo).not.toHaveBeenCalled()
  vi.advanceTimersByTime(5_000)
  expect(scrolledTo).toHaveBeenCalledTimes(1)
  expect(scrolledTo).toHaveBeenCalledWith({ top: 35_700 })
})

it('leaves the page where the reader takes it after the key, and alone for any other key', () => {
  render(<Page />)
  fireEvent.keyDown(document.body, { key: 'End' })
  pageOf(10_400, 9_200)
  fireEvent.scroll(window)
  fireEvent.wheel(window, { deltaY: -300 })
  vi.advanceTimersByTime(200)

  fireEvent.keyDown(document.body, { key: 'PageDown' })
  fireEvent.scroll(window)
  vi.advanceTimersByTime(200)

  // End typed in a text field moves its caret, not the page
  fireEvent.keyDown(document.querySelector('input') as HTMLInputElement, { key: 'End' })
  fireEvent.scroll(window)
  vi.advanceTimersByTime(200)
  expect(scrolledTo).not.toHaveBeenCalled()
})
