/**
 * Runs `task` when the browser has nothing else to do, or after `timeout` ms at the latest (soon,
 * where it cannot tell); returns the cancel.
 */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(task, 100)
  return () => clearTimeout(id)
}
