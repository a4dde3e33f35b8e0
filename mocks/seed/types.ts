/** Shapes of the mock backend's seed data. The data itself is ours, written in this folder. */

export type Arch = 'x86_64' | 'aarch64'

export interface SeedPackage {
  /** apk package name, e.g. `libcurl-openssl4` */
  name: string
  /** upstream version, e.g. `8.11.1` */
  version: string
  /** apk epoch; the full version is `${version}-r${epoch}` */
  epoch: number
  description: string
  /** SPDX expression */
  license: string
  /** main package of the recipe (equal to `name` for main packages) */
  origin: string
  archs: Arch[]
}

/** Two packages that install the same file: choosing both makes a build fail. */
export interface SeedFileConflict {
  packages: [string, string]
  /** absolute path both packages install, e.g. `/usr/bin/python3` */
  path: string
}

type SeedTier = 'APPLICATION' | 'BASE' | 'AI' | 'DEVTOOLS'

export interface SeedImage {
  /** repository name, e.g. `node` */
  name: string
  description: string
  tier: SeedTier
  /** the standard variant's package set (complete, transitive deps included); every name is in the catalogue */
  basePackages: string[]
  /** packages the `-dev` variant adds on top (shell, apk-tools, …); every name is in the catalogue */
  devPackages: string[]
  /** version streams, newest first, e.g. ['22.15.0', '20.19.2']; the first also carries `latest`. Empty for images tagged `latest` only. */
  versions: string[]
  /** variant suffixes published for each version: '' always, plus '-dev' and/or '-slim' */
  variants: Array<'' | '-dev' | '-slim'>
}
