import type { SyntheticEvent } from 'react'
import { Link } from 'react-router'
import './what-changed.css'

/** The link stays out of the row's own click (which opens the build's log). */
const ownClick = (event: SyntheticEvent) => event.stopPropagation()

/** "What changed": a successful build's link to Compare (its address from `whatChangedHref`). */
export function WhatChangedLink({ href, shortId }: { href: string; shortId: string }) {
  return (
    <Link to={href} className="what-changed" onClick={ownClick} onPointerDown={ownClick}>
      What changed<span className="visually-hidden"> in {shortId}</span>
    </Link>
  )
}
