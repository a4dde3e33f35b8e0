/**
 * Demo mode (the default) answers every API call from the built-in mocks; real mode (VITE_API_URL
 * set at build time) talks to the platform API and needs a token.
 */
export function isRealMode(): boolean {
  return Boolean(import.meta.env.VITE_API_URL)
}
