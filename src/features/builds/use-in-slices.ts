import { useEffect, useMemo, useState } from 'react'

/** How long steps go on before the page gets a turn. */
const SLICE_MS = 12

/** A long job done in steps: the log indexed, the log searched. */
interface Steps<T> {
  /** does about `chars` characters' worth more; true once done */
  step(chars: number): boolean
  readonly done: boolean
  /** the result so far: the same object until it changes */
  current(): T
}

/**
 * Goes on with `job` (made by the caller, a first step taken) when the page is idle (so never before
 * the first step's result is drawn), in steps of `chars` characters for at most about 12 ms at a
 * time, giving the page a turn in between, so that drawing, scrolling and typing never wait for it.
 * Returns the job's result so far, drawn again as it changes.
 */
export function useInSlices<T>(job: Steps<T>, chars: number): { result: T; done: boolean } {
  const [shown, setShown] = useState<{ job: Steps<T>; result: T; done: boolean }>()
  useEffect(() => {
    if (job.done) return
    let last = job.current()
    const slice = (idle?: IdleDeadline) => {
      const until = performance.now() + Math.min(SLICE_MS, idle?.timeRemaining() ?? SLICE_MS)
      while (!job.step(chars) && performance.now() < until);
      const result = job.current()
      if (result !== last || job.done) setShown({ job, result, done: job.done })
      last = result
      if (!job.done) next = whenIdle(slice)
    }
    let next = whenIdle(slice)
    return () => next()
  }, [job, chars])
  return useMemo(() => (shown?.job === job ? shown : { result: job.current(), done: job.done }), [shown, job])
}

/** Calls `task` when the page is idle (soon, where the browser cannot tell); returns a cancel. */
function whenIdle(task: (idle?: IdleDeadline) => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0)
    return () => clearTimeout(timer)
  }
  const id = requestIdleCallback(task)
  return () => cancelIdleCallback(id)
}
