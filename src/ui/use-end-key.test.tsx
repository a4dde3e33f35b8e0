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
