/** Typed paths of the console. The organization is part of every URL. */
const IMAGE_TABS = ['versions', 'packages', 'vulnerabilities', 'builds', 'build-config', 'compare'] as const
export type ImageTab = (typeof IMAGE_TABS)[number]

export function isImageTab(value: string | undefined): value is ImageTab {
  return (IMAGE_TABS as readonly string[]).includes(value ?? '')
}

const segment = encodeURIComponent

export const paths = {
  root: () => '/',
  images: (org: string) => `/${segment(org)}/images`,
  image: (org: string, image: string, tab: ImageTab = 'versions') =>
    tab === 'versions'
      ? `/${segment(org)}/images/${segment(image)}`
      : `/${segment(org)}/images/${segment(image)}/${tab}`,
  build: (org: string, image: string, buildId: string) =>
    `/${segment(org)}/images/${segment(image)}/builds/${segment(lastSegment(buildId))}`,
  /** the organization's builds, and the log drawer of one of them */
  orgBuilds: (org: string) => `/${segment(org)}/builds`,
  orgBuild: (org: string, buildId: string) => `/${segment(org)}/builds/${segment(lastSegment(buildId))}`,
}

function lastSegment(id: string): string {
  return id.split('/').at(-1) ?? id
}

/** Lines of a build log picked by a permalink: `#L120` or `#L120-L130` (1-based, inclusive). */
export interface LineRange {
  from: number
  to: number
}

export function parseLineHash(hash: string): LineRange | undefined {
  const match = /^#L(\d{1,9})(?:-L(\d{1,9}))?$/.exec(hash)
  if (!match) return undefined
  const a = Number(match[1])
  const b = match[2] === undefined ? a : Number(match[2])
  if (a < 1 || b < 1) return undefined
  return { from: Math.min(a, b), to: Math.max(a, b) }
}

export function lineHash(range: LineRange): string {
  return range.from === range.to ? `#L${range.from}` : `#L${range.from}-L${range.to}`
}
