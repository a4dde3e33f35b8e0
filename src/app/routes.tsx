import { Navigate, type RouteObject } from 'react-router'
import { NotFoundPage, OrgLayout, RootRedirect } from './org-layout'
import { preloadable } from './preloadable'
import { RouteError } from './route-error'

/** Features meet here: the image page shows the customize feature's form in its dialog. */
const CustomizeForm = preloadable(() => import('../features/customize/customize-form'))

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
        lazy: async () => {
          const [{ default: ImagePage }, { BuildsTab }, { BuildConfigTab }] = await Promise.all([
            import('../features/images/image-page'),
            import('../features/builds/builds-tab'),
            import('../features/build-config/build-config-tab'),
          ])
          return {
            Component: () => (
              <ImagePage
                CustomizeForm={CustomizeForm}
                preloadCustomizeForm={CustomizeForm.preload}
                BuildsTab={BuildsTab}
                BuildConfigTab={BuildConfigTab}
              />
            ),
          }
        },
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]
