import { useQuery } from '@tanstack/react-query'
import { Boxes, Hammer, LogOut } from 'lucide-react'
import { lazy, Suspense, useState, type ReactNode } from 'react'
import { Link, NavLink } from 'react-router'
import { auth } from '../api/client'
import { queries } from '../api/queries'
import type { Group } from '../api/types'
import { paths } from '../routing/paths'
import { FailedCount } from '../ui/failed-builds'
import { lazyMenu } from '../ui/lazy-menu'
import { ShortcutHelpButton } from '../ui/shortcut-help-button'
import { isRealMode } from './mode'
import type { OrgSwitcherProps } from './org-switcher'
import { OrgSwitcherButton } from './org-switcher-button'
import { ThemeButton } from './theme-button'
import './shell.css'

// the menus' code loads apart from the first screen's, once the page is idle or the button is wanted
const OrgSwitcher = lazyMenu<OrgSwitcherProps>(
  () => import('./org-switcher'),
  ({ current }, button) => <OrgSwitcherButton current={current} {...button} />,
)
const ThemeSwitcher = lazyMenu(
  () => import('./theme-switcher'),
  (_, button) => <ThemeButton {...button} />,
)

const DemoDataDialog = lazy(() => import('./demo-data-dialog'))

/** Demo mode's mark in the top bar: it opens what the demo data is, and "Reset demo data". */
function DemoData() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="demo-banner"
        title="Every answer comes from the built-in mock registry"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Demo<span className="demo-word"> data</span>
      </button>
      {open && (
        <Suspense>
          <DemoDataDialog open onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}

/** "Builds" in the left navigation, with the organization's failed builds of the last 24 hours. */
function BuildsNavLink({ org }: { org: Group & { id?: string; name: string } }) {
  const failures = useQuery({ ...queries.buildFailures(org.id ?? ''), enabled: Boolean(org.id) })
  let total = 0
  for (const count of failures.data?.values() ?? []) total += count
  return (
    <NavLink to={paths.orgBuilds(org.name)}>
      <Hammer size={16} aria-hidden /> Builds <FailedCount count={total} />
    </NavLink>
  )
}

/** The frame of every page: top bar with the organization switcher, left navigation, content. */
export function Shell({
  orgs,
  current,
  children,
}: {
  orgs: readonly Group[]
  current?: Group
  children: ReactNode
}) {
  const orgName = current?.name
  return (
    <div className="shell">
      <header className="topbar">
        <Link
          to={orgName ? paths.images(orgName) : paths.root()}
          className="brand"
          // on a narrow screen only the logo shows
          aria-label="Assembly Console"
        >
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span className="brand-name">Assembly Console</span>
        </Link>
        <OrgSwitcher orgs={orgs} current={current} />
        <span className="topbar-spacer" />
        {isRealMode() ? (
          <button
            type="button"
            className="icon-button"
            aria-label="Sign out"
            title="Sign out"
            onClick={() => {
              auth.clearToken()
              location.reload()
            }}
          >
            <LogOut size={16} aria-hidden />
          </button>
        ) : (
          <DemoData />
        )}
        <ShortcutHelpButton />
        <ThemeSwitcher />
      </header>
      <nav className="sidenav" aria-label="Main">
        <ul>
          {orgName && (
            <li>
              <NavLink to={paths.images(orgName)}>
                <Boxes size={16} aria-hidden /> Organization Images
              </NavLink>
            </li>
          )}
          {current && orgName && (
            <li>
              <BuildsNavLink org={{ ...current, name: orgName }} />
            </li>
          )}
        </ul>
      </nav>
      <main className="main" id="main">
        {children}
      </main>
    </div>
  )
}
