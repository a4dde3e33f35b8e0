// the global sheet first: the sheets of the app's and the features' components come after it
import './ui/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { createQueryClient } from './api/query-client'
import { App } from './app/app'
import { routes } from './app/routes'
import { applyTheme } from './ui/theme'

applyTheme()

async function start() {
  // Demo mode: the mock registry answers in the browser. A real-mode build drops this branch
  // (and every line of mock code) because VITE_API_URL is a build-time constant.
  if (!import.meta.env.VITE_API_URL) {
    const { startMockWorker } = await import('../mocks/browser')
    await startMockWorker()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={createBrowserRouter(routes)} />
    </StrictMode>,
  )
}

void start()
