/** google.rpc.Code for each HTTP status the mocks answer with. */
const RPC_CODE: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 409: 6, 500: 13, 503: 14 }

/** An answer the mocks refuse with: the handlers send it as a google.rpc.Status body. */
export class HttpError extends Error {
  readonly code: number
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.code = RPC_CODE[status] ?? 2
  }
}
