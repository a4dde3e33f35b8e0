/**
 * Runs `task` on every item with at most `limit` running at once, starting them in the items' order;
 * a slot freed by one that settles starts the next. Resolves once all have settled, with each
 * outcome in the items' order. A task that fails does not stop the others.
 */
export async function settleEach<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  if (!(limit >= 1)) throw new RangeError(`The limit must be at least 1, not ${limit}.`)
  const outcomes: PromiseSettledResult<R>[] = new Array(items.length)
  let next = 0
  async function worker() {
    while (next < items.length) {
      const index = next++
      try {
        outcomes[index] = { status: 'fulfilled', value: await task(items[index] as T) }
      } catch (reason) {
        outcomes[index] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return outcomes
}
