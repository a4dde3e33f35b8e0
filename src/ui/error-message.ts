/** A failure in words: an Error's message, never a stack, "[object Object]" or an empty line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message.trim()
  return 'Something went wrong.'
}
