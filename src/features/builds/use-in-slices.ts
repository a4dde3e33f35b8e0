import { useEffect, useMemo, useState } from 'react'
import { afterPaint, nextTurn } from './after-paint'

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
 * Goes on with `job` (made by the caller, a first step taken) once the page has painted the first
 * step's result, in steps of `chars` characters for at most about 12 ms at a time, one slice right
 * after another but giving the page a turn in between, so that drawing, scrolling and typing never
 * wait for it. Returns the job's result so far, drawn again as it changes.
 */
export function useInSlices<T>(job: Steps<T>, chars: number): { result: T; done: boolean } {
  const [shown, setShown] = useState<{ job: Steps<T>; result: T; done: boolean }>()
  useEffect(() => {
    if (job.done) return
    let last = job.current()
    const slice = () => {
      const until = performance.now() + SLICE_MS
      while (!job.step(chars) && performance.now() < until);
      const result = job.current()
      if (result !== last || job.done) setShown({ job, result, done: job.done })
      last = result
      if (!job.done) cancel = nextTurn(slice)
    }
    let cancel = afterPaint(slice)
    return () => cancel()
  }, [job, chars])
  return useMemo(() => (shown?.job === job ? shown : { result: job.current(), done: job.done }), [shown, job])
}
