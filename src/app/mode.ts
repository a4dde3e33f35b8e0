/** Demo mode (the default) answers every API call from the built-in mocks; real mode needs a token. */
export const realMode = Boolean(import.meta.env.VITE_API_URL)
