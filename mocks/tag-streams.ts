import type { SeedImage } from './seed/types'

/** A tag stream: the tags one build produces, e.g. `22`, `22.15`, `22.15.0`, `latest`. */
export interface Stream {
  key: string
  tags: string[]
  dev: boolean
  /** how many newer versions of the same variant the image has: 0 for the newest */
  olderBy: number
}

/** An image's tag streams: one per version and variant, the newest version also tagged `latest`. */
export function streamsOf(image: SeedImage): Stream[] {
  const majors = new Set(image.versions.map((version) => version.split('.')[0]))
  const streams: Stream[] = []
  for (const variant of image.variants) {
    if (image.versions.length === 0) {
      streams.push({
        key: `latest${variant}`,
        tags: [`latest${variant}`],
        dev: variant === '-dev',
        olderBy: 0,
      })
      continue
    }
    image.versions.forEach((version, index) => {
      const parts = version.split('.')
      const names = new Set<string>()
      if (majors.size > 1 && parts[0]) names.add(parts[0])
      for (let i = 2; i <= parts.length; i++) names.add(parts.slice(0, i).join('.'))
      if (index === 0) names.add('latest')
      streams.push({
        key: `${version}${variant}`,
        tags: [...names].map((name) => `${name}${variant}`),
        dev: variant === '-dev',
        olderBy: index,
      })
    })
  }
  return streams
}
