import type { ComponentType } from 'react'
import { Navigate, type RouteObject } from 'react-router'
import { NotFoundPage, ToImage } from './catch-all-routes'
import { OrgLayout, RootRedirect } from './org-layout'
import { RouteError } from './route-error'

/** A route module default-exports its screen; each loads when its URL is first visited. */
function lazyRoute(load: () => Promise<{ default: ComponentType }>): RouteObject['lazy'] {
  return () => load().then((module) => ({ Component: module.default }))
}

const versions = lazyRoute(() => import('../features/images/versions-route'))

/**
 * The route tree, shared by the browser router and the tests' memory router. A URL's screen is one
 * route module; an image's sections are child routes of the image layout.
 */
export const routes: RouteObject[] = [
  { path: '/', element: <RootRedirect />, errorElement: <RouteError /> },
  {
    path: '/:org',
    element: <OrgLayout />,
    // on a first load the router waits for the code of the lazy route in the URL: meanwhile the
    // shell shows, with a spinner for the page (and react-router has its fallback to render)
    hydrateFallbackElement: <OrgLayout pending />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="images" replace /> },
      { path: 'images', lazy: lazyRoute(() => import('./images-route')) },
      { path: 'builds/:buildId?', lazy: lazyRoute(() => import('../features/builds/org-builds-route')) },
      {
        path: 'images/:image',
        lazy: lazyRoute(() => import('./image-layout')),
        children: [
          { index: true, lazy: versions },
          { path: 'versions', lazy: versions },
          { path: 'packages', lazy: lazyRoute(() => import('../features/contents/packages-route')) },
          {
            path: 'vulnerabilities',
            lazy: lazyRoute(() => import('../features/contents/vulnerabilities-route')),
          },
          { path: 'builds/:buildId?', lazy: lazyRoute(() => import('../features/builds/builds-route')) },
          {
            path: 'build-config',
            lazy: lazyRoute(() => import('../features/build-config/build-config-route')),
          },
          { path: 'compare', lazy: lazyRoute(() => import('../features/compare/compare-route')) },
          { path: '*', element: <ToImage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]
