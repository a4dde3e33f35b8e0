/** A build log's JSON string, as the answers that carry it send it. */

/** A part of an answer: text, or a Blob (a log's JSON string), or one that is still being written. */
export type AnswerPart = string | Blob | Promise<Blob>

/**
 * A log's JSON string (quoted and escaped), made once: `whole` once it is, and, while a long one is
 * still being written elsewhere (a Worker), its `start` as soon as that is (see `planLogJson`).
 */
export class LogJson {
  whole: Blob | undefined
  start: string | undefined
  readonly done: Promise<Blob>
  /** settles once the start or the whole has come */
  readonly begun: Promise<unknown>

  constructor(whole: Blob | Promise<Blob>, start?: Promise<string>) {
    if (whole instanceof Blob) this.whole = whole
    this.done = Promise.resolve(whole).then((blob) => (this.whole = blob))
    const begun = start?.then((text) => (this.start = text))
    this.begun = Promise.race([this.done, begun ?? this.done]).catch(() => undefined)
  }

  /** the string as parts of an answer: whole once it is, else its start now and the rest once written */
  async parts(): Promise<AnswerPart[]> {
    if (!this.whole) await this.begun
    const { whole, start } = this
    if (whole) return [whole]
    if (start === undefined) return [await this.done]
    return [start, this.done.then((blob) => blob.slice(new Blob([start]).size))]
  }
}

/** An answer of `parts`: one Blob once all are written, else a stream that sends each once it is. */
export function answerOf(parts: AnswerPart[]): Blob | ReadableStream<Uint8Array> {
  const written = parts.filter((part): part is string | Blob => !(part instanceof Promise))
  return written.length === parts.length ? new Blob(written, { type: 'application/json' }) : streamOf(parts)
}

/** An answer's parts as a stream, each sent once it has been written and as it is read. */
function streamOf(parts: AnswerPart[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const left = [...parts]
  let blob: ReadableStreamDefaultReader<Uint8Array> | undefined
  return new ReadableStream({
    async pull(controller) {
      for (;;) {
        if (blob) {
          const { done, value } = await blob.read()
          if (!done) return controller.enqueue(value)
          blob = undefined
        }
        const part = left.shift()
        if (part === undefined) return controller.close()
        const value = await part
        if (typeof value === 'string') return controller.enqueue(encoder.encode(value))
        blob = value.stream().getReader()
      }
    },
  })
}
