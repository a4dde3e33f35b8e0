import { describe, expect, it } from 'vitest'
import { log } from '../test/fixtures/build-logs'
import { explainFailure } from './build-log-failures'
import { parseLog } from './build-log-parse'

describe('explainFailure', () => {
  /** The shape of a failed build from the mock registry (mocks/build-logs.ts). */
  const conflictLog = log(
    ['INFO', 'resolving 3 packages for architectures x86_64, aarch64'],
    ['INFO', '[x86_64] installing nodejs-20 (20.11.0-r0)'],
    [
      'ERROR',
      '[x86_64] installing nodejs-22 (22.1.0-r0): trying to overwrite /usr/bin/node owned by nodejs-20',
    ],
    [
      'ERROR',
      '[x86_64] failed to install packages: unable to install nodejs-22: file /usr/bin/node is already installed by nodejs-20',
    ],
    [
      'ERROR',
      'failed to build layer image for "amd64": installing apk packages: nodejs-20 and nodejs-22 both install /usr/bin/node',
    ],
    [
      'ERROR',
      'build failed: packages nodejs-20 and nodejs-22 conflict on /usr/bin/node; remove one of them from the build config',
    ],
  )

  it('explains a file conflict from the first error line that shows it', () => {
    expect(explainFailure(parseLog(conflictLog))).toEqual({
      kind: 'file-conflict',
      title: 'Two packages install the same file',
      detail: 'nodejs-20 and nodejs-22 both install /usr/bin/node.',
      advice: 'Keep one of them: remove the other from the build config, then apply it again.',
      line: 2,
      packages: ['nodejs-20', 'nodejs-22'],
      path: '/usr/bin/node',
    })
  })

  it.each([
    '[aarch64] installing libressl (3.9.0-r1): trying to overwrite /usr/bin/openssl owned by openssl',
    'installing libressl: trying to overwrite /usr/bin/openssl owned by openssl',
    'failed to install packages: unable to install libressl: file /usr/bin/openssl is already installed by openssl',
    'installing apk packages: openssl and libressl both install /usr/bin/openssl',
    'build failed: packages openssl and libressl conflict on /usr/bin/openssl; remove one of them',
    'Build failed: packages "openssl" and "libressl" conflict on "/usr/bin/openssl".',
  ])('names both packages and the file in: %s', (message) => {
    const explanation = explainFailure(parseLog(log(['ERROR', message])))
    expect(explanation).toMatchObject({
      kind: 'file-conflict',
      line: 0,
      packages: ['openssl', 'libressl'],
      path: '/usr/bin/openssl',
      detail: 'openssl and libressl both install /usr/bin/openssl.',
    })
  })

  it.each([
    ['solving "foo-bar" constraint: could not find package that provides foo-bar', 'foo-bar'],
    ['solving "foo-bar>=1.2" constraint: could not find package that provides foo-bar>=1.2', 'foo-bar'],
    ['could not find package that provides so:libfoo.so.1', 'so:libfoo.so.1'],
    ['package "foo" not found', 'foo'],
    ['package foo not found in any repository', 'foo'],
    ['unable to select packages: foo (no such package)', 'foo'],
    ['ERROR: unable to select packages: foo-1.2 (no such package): required by: world[foo]', 'foo'],
    ['unable to select packages: bar (no such package): required by: world[bar=2.0]', 'bar'],
  ])('explains a missing package in: %s', (message, name) => {
    const explanation = explainFailure(parseLog(log(['INFO', 'resolving'], ['ERROR', message])))
    expect(explanation).toMatchObject({ kind: 'package-not-found', line: 1, packages: [name] })
    expect(explanation?.title).toBe('A package could not be found')
    expect(explanation?.detail).toContain(name)
    expect(explanation?.advice).toContain('entitled packages')
    expect(explanation?.advice).toMatch(/check the name/i)
    expect(explanation?.advice).toMatch(/remove/i)
  })

  it('explains a missing package in plain words', () => {
    const lines = parseLog(
      log([
        'ERROR',
        '[aarch64] solving "nodejs-22" constraint: could not find package that provides nodejs-22',
      ]),
    )
    expect(explainFailure(lines)).toEqual({
      kind: 'package-not-found',
      title: 'A package could not be found',
      detail: 'The build needs nodejs-22, but no repository it uses provides it.',
      advice:
        'nodejs-22 is not in your organization’s entitled packages. Check the name for typos, ' +
        'or remove the package from the build config, then apply it again.',
      line: 0,
      packages: ['nodejs-22'],
    })
  })

  it.each([
    ['failed to fetch APKINDEX: context deadline exceeded', 'context deadline exceeded'],
    ['build timed out after 30m0s', '30m0s'],
    ['step timed out after 1h2m3.5s.', '1h2m3.5s.'],
    ['build timed out', 'longer than allowed'],
    ['GET https://apk.cgr.dev/x: dial tcp 10.0.0.1:443: i/o timeout', 'i/o timeout'],
  ])('explains a timeout in: %s', (message, detail) => {
    const explanation = explainFailure(parseLog(log(['ERROR', message])))
    expect(explanation).toMatchObject({ kind: 'timeout', line: 0, title: 'The build timed out' })
    expect(explanation?.detail).toContain(detail.replace(/\.$/, ''))
    expect(explanation?.advice).toContain(
      'built again when its packages next update, or when its build config changes',
    )
    expect(explanation?.advice).toContain('reduce what the image installs')
    expect(explanation?.packages).toBeUndefined()
  })

  it('reads the error lines without ANSI codes', () => {
    const lines = parseLog(log(['ERROR', '\x1b[31mpackage "\x1b[1mfoo\x1b[22m" not found\x1b[0m']))
    expect(explainFailure(lines)).toMatchObject({ kind: 'package-not-found', packages: ['foo'] })
  })

  it('skips error lines it does not know and takes the first it does', () => {
    const lines = parseLog(
      log(
        ['ERROR', 'something odd happened'],
        ['ERROR', 'i/o timeout'],
        ['ERROR', 'package "foo" not found'],
      ),
    )
    expect(explainFailure(lines)).toMatchObject({ kind: 'timeout', line: 1 })
  })

  it('prefers error lines over earlier warnings, and falls back to warnings', () => {
    const withError = parseLog(
      log(['WARN', 'context deadline exceeded'], ['ERROR', 'package "foo" not found']),
    )
    expect(explainFailure(withError)).toMatchObject({ kind: 'package-not-found', line: 1 })
    const onlyWarning = parseLog(log(['ERROR', 'build failed'], ['WARNING', 'fetch: i/o timeout']))
    expect(explainFailure(onlyWarning)).toMatchObject({ kind: 'timeout', line: 1 })
  })

  it('ignores info, debug and raw lines', () => {
    const lines = parseLog(
      log(['INFO', 'package "foo" not found'], ['DEBUG', 'i/o timeout'], 'a and b both install /x', [
        'TRACE',
        'context deadline exceeded',
      ]),
    )
    expect(explainFailure(lines)).toBeNull()
  })

  it('reads 100,000-character error lines quickly', () => {
    const shapes = [
      'x'.repeat(100_000),
      'installing x ('.repeat(7_000),
      'a and '.repeat(16_000),
      'y'.repeat(99_990) + ' and b both',
    ]
    for (const shape of shapes) {
      const began = performance.now()
      expect(explainFailure(parseLog(log(['ERROR', shape], ['WARN', shape])))).toBeNull()
      expect(performance.now() - began).toBeLessThan(1000)
    }
  })

  it('returns null for a successful build, an unknown error and an empty log', () => {
    const success = log(
      ['INFO', 'resolving 2 packages for architectures x86_64, aarch64'],
      ['INFO', '[x86_64] installing curl (8.11.0-r0)'],
      ['INFO', 'build finished: cgr.dev/acme/curl@sha256:abc'],
    )
    expect(explainFailure(parseLog(success))).toBeNull()
    expect(explainFailure(parseLog(log(['ERROR', 'signing failed: key not available'])))).toBeNull()
    expect(explainFailure([])).toBeNull()
  })
})
