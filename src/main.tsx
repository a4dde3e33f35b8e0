// the global sheet first: the sheets of the app's and the features' components come after it
import './ui/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { holdRequestsUntil } from './api/client'
import { createQueryClient } from './api/query-client'
import { App } from './app/app'
import { readOrganizationEarly } from './app/first-reads'
import { routes } from './app/routes'
import { applyTheme } from './ui/theme'

applyTheme()

// Demo mode: the mock registry answers in the browser. It starts beside the console, which renders
// at once; API requests wait until it is ready. A real-mode build drops this branch (and every line
// of mock code) because VITE_API_URL is a build-time constant.
if (!import.meta.env.VITE_API_URL) {
  const backend = import('../mocks/browser').then(({ startMockWorker }) => startMockWorker())
  backend.catch((error: unknown) => console.error('The demo backend did not start:', error))
  holdRequestsUntil(backend)
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const queryClient = createQueryClient()
readOrganizationEarly(queryClient, location.pathname)
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} router={createBrowserRouter(routes)} />
  </StrictMode>,
)
