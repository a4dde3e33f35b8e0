/**
 * Measures taken inside the page, handed to `page.evaluate` or `addInitScript` (so each is one
 * self-contained function).
 */

/**
 * From now on, every input event's time to the frame after React rendered what it changed, in
 * `window.keystrokeSamples` (read them with `keystrokeSamples(page)`).
 */
export function recordKeystrokes() {
  const samples: number[] = []
  Object.assign(window, { keystrokeSamples: samples })
  document.addEventListener(
    'input',
    (event) => {
      const start = event.timeStamp
      requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0))
    },
    true,
  )
}

export const keystrokeSamples = (page: { evaluate<T>(fn: () => T): Promise<T> }) =>
  page.evaluate(() => (window as unknown as { keystrokeSamples: number[] }).keystrokeSamples)

/**
 * Frames longer than 1.5 × 16.7 ms over 120 frames while `selector`'s element (the window when
 * null) scrolls 250 px a frame from the top.
 */
export function droppedFrames(selector: string | null): Promise<number> {
  const element = selector ? (document.querySelector(selector) as HTMLElement) : null
  const scrollTo = (top: number) => (element ? (element.scrollTop = top) : window.scrollTo(0, top))
  const scrollBy = () => (element ? (element.scrollTop += 250) : window.scrollBy(0, 250))
  return new Promise<number>((resolve) => {
    scrollTo(0)
    let last = performance.now()
    let frames = 0
    let slow = 0
    const step = (now: number) => {
      if (now - last > 25) slow++
      last = now
      scrollBy()
      if (++frames < 120) requestAnimationFrame(step)
      else resolve(slow)
    }
    requestAnimationFrame((now) => {
      last = now
      requestAnimationFrame(step)
    })
  })
}
