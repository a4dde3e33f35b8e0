/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real platform API; unset means demo mode on the built-in mocks. */
  readonly VITE_API_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
