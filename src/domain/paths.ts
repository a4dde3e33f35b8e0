/** Typed paths of the console. The organization is part of every URL. */
export const IMAGE_TABS = ['versions', 'builds', 'build-config'] as const
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
    `/${segment(org)}/images/${segment(image)}/builds/${segment(buildId.split('/').at(-1) ?? buildId)}`,
}
