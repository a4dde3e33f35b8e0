import { Navigate, type RouteObject } from 'react-router'
import { NotFoundPage, OrgLayout, RootRedirect } from './org-layout'
import { RouteError } from './route-error'

/** The route tree, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  { path: '/', element: <RootRedirect />, errorElement: <RouteError /> },
  {
    path: '/:org',
    element: <OrgLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="images" replace /> },
      {
        path: 'images',
        lazy: () =>
          import('../features/images/images-page').then((module) => ({ Component: module.default })),
      },
      {
        path: 'images/:image/:tab?/:buildId?',
        lazy: () => import('../features/images/image-page').then((module) => ({ Component: module.default })),
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]
