/** The package sets the seeded images are made of: a glibc runtime, -dev tools, toolchains. */
import type { SeedImage } from './types'

/** glibc runtime every glibc-based image starts from */
const runtime = [
  'ca-certificates-bundle',
  'glibc',
  'glibc-locale-posix',
  'ld-linux',
  'libcrypt1',
  'tzdata',
  'wolfi-baselayout',
]

/** shell, package manager and Git (with its libraries) that -dev variants add */
const devCommon = [
  'apk-tools',
  'bash',
  'busybox',
  'git',
  'libcurl-openssl4',
  'libexpat1',
  'libidn2',
  'libncursesw6',
  'libnghttp2-14',
  'libpcre2-8-0',
  'libpsl',
  'libunistring',
  'libzstd1',
  'ncurses-terminfo-base',
  'openssh-client',
  'readline',
  'wolfi-base',
  'wolfi-keys',
]

export const toolchain = [
  'binutils',
  'gcc',
  'glibc-dev',
  'gmp',
  'isl',
  'libgcc',
  'libstdc++',
  'mpc',
  'mpfr',
  'zlib',
]

/** base packages: the runtime plus `extra`, sorted and without duplicates */
export const base = (...extra: string[]): string[] => [...new Set([...runtime, ...extra])].sort()

/** what a -dev variant adds on top of `basePackages`: common dev tools plus `extra`, minus what the base has */
function dev(basePackages: readonly string[], ...extra: string[]): string[] {
  const inBase = new Set(basePackages)
  return [...new Set([...devCommon, ...extra])].filter((name) => !inBase.has(name)).sort()
}

export function image(
  name: string,
  tier: SeedImage['tier'],
  description: string,
  versions: string[],
  variants: SeedImage['variants'],
  basePackages: string[],
  devExtra: string[] = [],
): SeedImage {
  const devPackages = variants.includes('-dev') ? dev(basePackages, ...devExtra) : []
  return { name, description, tier, basePackages, devPackages, versions, variants }
}

export const jdkLibs = ['fontconfig', 'freetype', 'libgcc', 'libpng', 'libstdc++', 'zlib']
export const jdk21 = [
  'java-cacerts',
  'java-common',
  'openjdk-21-default-jvm',
  'openjdk-21-jre',
  'openjdk-21-jre-base',
]
export const curlLibs = [
  'libbrotlicommon1',
  'libbrotlidec1',
  'libcrypto3',
  'libcurl-openssl4',
  'libidn2',
  'libnghttp2-14',
  'libpsl',
  'libssl3',
  'libunistring',
  'libzstd1',
  'zlib',
]
