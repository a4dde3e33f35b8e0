import { describe, expect, it } from 'vitest'
import { settleEach } from './pool'

/** A task whose answers the test lets go one by one, recording how many ran at once. */
function heldTasks() {
  const waiting = new Map<number, { resolve: (value: number) => void; reject: (error: Error) => void }>()
  let running = 0
  const seen = { most: 0, started: [] as number[] }
  const task = (item: number) =>
    new Promise<number>((resolve, reject) => {
      running += 1
      seen.most = Math.max(seen.most, running)
      seen.started.push(item)
      waiting.set(item, {
        resolve: (value) => {
          running -= 1
          resolve(value)
        },
        reject: (error) => {
          running -= 1
          reject(error)
        },
      })
    })
  return { task, waiting, seen }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('settleEach', () => {
  it('runs at most `limit` tasks at once, starting the next as one settles, in the items’ order', async () => {
    const { task, waiting, seen } = heldTasks()
    const items = Array.from({ length: 25 }, (_, i) => i)
    const done = settleEach(items, 10, task)
    await tick()
    expect(seen.started).toEqual(items.slice(0, 10))
    waiting.get(3)?.resolve(3)
    await tick()
    expect(seen.started).toEqual(items.slice(0, 11))
    for (let i = 0; i < 25; i++) {
      waiting.get(i)?.resolve(i * 2)
      await tick()
    }
    const outcomes = await done
    expect(seen.most).toBe(10)
    expect(seen.started).toEqual(items)
    expect(outcomes.map((outcome) => outcome.status === 'fulfilled' && outcome.value)).toEqual(
      items.map((i) => (i === 3 ? 3 : i * 2)),
    )
  })

  it('keeps going past a failure, and gives each outcome in the items’ order', async () => {
    const outcomes = await settleEach(['a', 'b', 'c'], 2, async (item) => {
      if (item === 'b') throw new Error('b failed')
      return item.toUpperCase()
    })
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 'A' },
      { status: 'rejected', reason: new Error('b failed') },
      { status: 'fulfilled', value: 'C' },
    ])
  })

  it('starts fewer workers than the limit when there are fewer items, and none for none', async () => {
    const { task, waiting, seen } = heldTasks()
    const done = settleEach([1, 2], 10, task)
    await tick()
    expect(seen.started).toEqual([1, 2])
    waiting.get(1)?.resolve(1)
    waiting.get(2)?.resolve(2)
    expect((await done).length).toBe(2)
    expect(await settleEach([], 10, task)).toEqual([])
  })

  it('refuses a limit below one', async () => {
    await expect(settleEach([1], 0, async (item) => item)).rejects.toThrow(/at least 1/)
  })
})
