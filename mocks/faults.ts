/** Fault injection: requests that fail on purpose, for tests and for trying the console's error states. */
import { state } from './state'

export interface Fault {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** substring of the request path, e.g. `/registry/v1/repos` */
  path?: string
  /**
   * substring of the decoded query string, e.g. `uidp.ids=` (one build with its log) or
   * `excludeLogs=true` (the list): calls that share a path differ in their query
   */
  query?: string
  /** an HTTP status, a dropped connection, or a 200 whose body is not JSON; `message: ''` sends none */
  answer: number | 'network-error' | 'malformed-json'
  message?: string
  /** how many matching requests fail; Infinity for all */
  times: number
  delayMs?: number
}

export function injectFault(fault: Fault): void {
  state.faults.push(fault)
}

/** The fault (if any) the next request to `method path?query` meets; counts it down. */
export function takeFault(method: string, path: string, query = ''): Fault | undefined {
  const fault = state.faults.find(
    (f) =>
      f.times > 0 &&
      (!f.method || f.method === method) &&
      (!f.path || path.includes(f.path)) &&
      (!f.query || query.includes(f.query)),
  )
  if (fault) fault.times -= 1
  return fault
}

/** Forgets every injected fault: the next requests are answered as usual. */
export function clearFaults(): void {
  state.faults = []
}
