/** Running work after the page has painted, and in tasks of its own. */

/** Calls `task` once the next frame is painted; returns a cancel. */
export function afterPaint(task: () => void): () => void {
  let cancel = () => {}
  const frame = requestAnimationFrame(() => (cancel = nextTurn(task)))
  return () => {
    cancelAnimationFrame(frame)
    cancel()
  }
}

/**
 * Calls `task` in a task of its own, queued now: after whatever the page has to do first (a frame
 * due, a key pressed), without the delay a timer gets; returns a cancel.
 */
export function nextTurn(task: () => void): () => void {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    task()
  }
  channel.port2.postMessage(null)
  return () => channel.port1.close()
}
