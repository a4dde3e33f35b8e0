import { describe, expect, it } from 'vitest'
import * as db from './db'
import { acme, refusal, repoId } from './test-lookups'

const create = (name: string) =>
  db.createRepo(acme(), { name, sync_config: { source: 'chainguard/node' } }, { preventExisting: true })

describe('image names in the mock registry', () => {
  it('creates an image whose name the OCI grammar allows, dots and double underscores too', () => {
    for (const name of ['node.custom', 'node__tools', 'node--tools']) {
      expect(create(name).name).toBe(name)
      expect(db.listRepos({ childrenOf: acme(), name })).toHaveLength(1)
    }
  })

  it.each([
    ['-node-', '-node-', /^name: The image name must start with a lowercase letter or a digit/],
    ['node-', 'node-', /^name: The image name must end with a lowercase letter or a digit/],
    ['node..custom', 'node..custom', /^name: The image name cannot have "\.\." between two words/],
    [
      '239 characters',
      'x'.repeat(239),
      /^name: The image name is too long \(239 characters\): use at most 238/,
    ],
  ])('answers 400 to a new image named %s, naming the field and saying why', (_, name, message) => {
    expect(refusal(() => create(name))).toEqual({ status: 400, message: expect.stringMatching(message) })
    expect(db.listRepos({ childrenOf: acme(), name })).toHaveLength(0)
  })

  it('answers 400 to a rename the grammar refuses, and keeps the old name', () => {
    const id = repoId('node-with-tools')
    const repo = db.listRepos({ id })[0] ?? {}
    expect(refusal(() => db.updateRepo(id, { ...repo, name: '_node' }))).toEqual({
      status: 400,
      message: expect.stringMatching(/^name: The image name must start/),
    })
    expect(db.listRepos({ id })[0]?.name).toBe('node-with-tools')
    expect(db.updateRepo(id, { ...repo, name: 'node.with.tools' }).name).toBe('node.with.tools')
  })
})
