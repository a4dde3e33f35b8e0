import { describe, expect, it } from 'vitest'
import {
  addedBySome,
  lockedForAll,
  lockedForSome,
  planImage,
  startingSelection,
  whyNotCustomizable,
  type PlannedImage,
} from './multi-customize'

const node: PlannedImage = {
  name: 'node',
  base: new Set(['glibc', 'nodejs', 'openssl']),
  saved: ['curl', 'jq'],
}
const python: PlannedImage = {
  name: 'python',
  base: new Set(['glibc', 'python-3', 'openssl']),
  saved: ['git'],
}
const go: PlannedImage = { name: 'go', base: new Set(['glibc', 'go', 'nodejs']), saved: [] }

describe('locks across the selected images', () => {
  it('locks a package only where it is in every image’s base', () => {
    expect([...lockedForAll([node, python, go])]).toEqual(['glibc'])
    expect([...lockedForAll([node, python])].sort()).toEqual(['glibc', 'openssl'])
    expect([...lockedForAll([])]).toEqual([])
  })

  it('names, for a package in the base of some images only, those images', () => {
    const some = lockedForSome([node, python, go])
    expect(some.get('nodejs')).toEqual(['node', 'go'])
    expect(some.get('openssl')).toEqual(['node', 'python'])
    expect(some.get('python-3')).toEqual(['python'])
    expect(some.has('glibc')).toBe(false)
  })

  it('names, for a package some build configs add, those images', () => {
    const withCurl = { ...go, saved: ['curl', 'glibc'] }
    const added = addedBySome([node, python, withCurl])
    expect(added.get('curl')).toEqual(['node', 'go'])
    expect(added.get('git')).toEqual(['python'])
    expect(added.has('glibc')).toBe(false)
    expect(addedBySome([node, { ...python, saved: ['curl', 'jq'] }]).size).toBe(0)
  })
})

describe('each image’s plan', () => {
  const images = [node, python, go]
  const start = startingSelection(images)

  it('starts from what any build config adds', () => {
    expect([...start].sort()).toEqual(['curl', 'git', 'jq'])
  })

  it('changes nothing when nothing changed', () => {
    for (const image of images) {
      expect(planImage(image, start, start)).toEqual({ added: [], removed: [], packages: image.saved })
    }
  })

  it('adds a ticked package where the image lacks it, keeping what it had', () => {
    const selected = new Set([...start, 'nodejs', 'bash'])
    expect(planImage(node, start, selected)).toEqual({
      added: ['bash'],
      removed: [],
      packages: ['curl', 'jq', 'bash'],
    })
    expect(planImage(python, start, selected)).toEqual({
      added: ['bash', 'nodejs'],
      removed: [],
      packages: ['git', 'bash', 'nodejs'],
    })
    expect(planImage(go, start, selected).added).toEqual(['bash'])
  })

  it('removes an unticked package only where a build config added it, and adds nothing it did not', () => {
    const selected = new Set(['curl', 'git'])
    expect(planImage(node, start, selected)).toEqual({ added: [], removed: ['jq'], packages: ['curl'] })
    expect(planImage(python, start, selected)).toEqual({ added: [], removed: [], packages: ['git'] })
    expect(planImage(go, start, selected)).toEqual({ added: [], removed: [], packages: [] })
  })

  it('does not add a package one image’s build config has to the others by keeping it ticked', () => {
    expect(planImage(go, start, new Set([...start])).added).toEqual([])
  })
})

describe('whyNotCustomizable', () => {
  it('gives the reason when the organization has Custom Assembly off', () => {
    expect(whyNotCustomizable({ name: 'globex.io', customAssembly: false })).toBe(
      'Custom Assembly is not enabled for globex.io.',
    )
    expect(whyNotCustomizable({ name: 'acme.com', customAssembly: true })).toBeNull()
  })
})
