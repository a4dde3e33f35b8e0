import { describe, expect, it } from 'vitest'
import { pullReference, REGISTRY_HOST, sourceLabel } from './image'

describe('the registry host', () => {
  it('starts every pull reference', () => {
    expect(REGISTRY_HOST).toBe('cgr.dev')
    expect(pullReference('acme.com', 'node', { tag: 'latest' })).toBe('cgr.dev/acme.com/node:latest')
    expect(pullReference('acme.com', 'node', { digest: 'sha256:abc' })).toBe(
      'cgr.dev/acme.com/node@sha256:abc',
    )
  })

  it('is left out of a source as users read it, only at its start', () => {
    const label = (source: string) => sourceLabel({ sync_config: { source } })
    expect(label('cgr.dev/chainguard/node')).toBe('chainguard/node')
    expect(label(' chainguard/node ')).toBe('chainguard/node')
    expect(label('mirror.example/cgr.dev/node')).toBe('mirror.example/cgr.dev/node')
    expect(label('cgr.devx/node')).toBe('cgr.devx/node')
    expect(label('')).toBeUndefined()
  })
})
