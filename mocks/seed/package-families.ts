/**
 * The families of the generated catalogue: recipes (a main package with its subpackages) made from
 * the catalogue's own tables and the generated names, one family per kind of package.
 */
import {
  X86,
  completionRow,
  completions,
  luaModules,
  mainRows,
  NVIDIA_LICENSE,
  PERL_LICENSE,
  phpBundledExtensions,
  phpExtensionRow,
  pythonModules,
  rubyGems,
} from './packages'
import {
  airflowProviders,
  awsServices,
  azureData,
  azureMgmt,
  cudaComponents,
  cudaVersions,
  djangoApps,
  firmwareVendors,
  flaskExtensions,
  fontNames,
  googleCloud,
  kubeComponents,
  kubeVersions,
  luaExtra,
  otelInstrumentations,
  peclExtra,
  perlLeaves,
  perlNamespaces,
  pluginFamilies,
  pyStems,
  pySuffixes,
  pytestPlugins,
  rPackages,
  rubyGemsExtra,
  rubyStems,
  rubySuffixes,
  typeStubs,
} from './generated-names'
import type { Arch } from './types'
import { words } from './words'

export type VersionStyle = 'semver' | 'calver' | 'perl' | 'short'

const OPEN_LICENSES = [
  'MIT',
  'MIT',
  'MIT',
  'Apache-2.0',
  'Apache-2.0',
  'BSD-3-Clause',
  'BSD-2-Clause',
  'ISC',
  'MPL-2.0',
  'LGPL-3.0-or-later',
  'GPL-3.0-or-later',
]

/** A recipe: its packages appear together (a main package and its subpackages). */
export interface Recipe {
  origin: string
  /** catalogue package whose version, epoch and license this recipe shares (for -static, -doc, -fips, …) */
  base?: string
  /** fixed version; else the base's (or the origin's, when it is a catalogue package), else a generated one */
  version?: string
  style: VersionStyle
  licenses: readonly string[]
  archs?: readonly Arch[]
  /** name and description of each package, flattened: [name, description, name, description, …] */
  packages: readonly string[]
}

const generatedPythons = ['3.10', '3.11', '3.12', '3.13']
const generatedRubies = ['3.2', '3.3', '3.4']
const generatedLuas = ['5.1', '5.3', '5.4']
const APACHE = ['Apache-2.0']
const MIT = ['MIT']

/** A family of recipes made on demand: a call materializes only the recipes it needs. */
export interface Family {
  size: number
  recipe(i: number): Recipe
}

function at<T>(list: readonly T[], i: number): T {
  const item = list[i]
  if (item === undefined) throw new RangeError(`seed: index ${i} out of range`)
  return item
}

const family = <T>(items: readonly T[], make: (item: T) => Recipe): Family => ({
  size: items.length,
  recipe: (i) => make(at(items, i)),
})

/** one recipe per (a, b) combination */
const product = <A, B>(as: readonly A[], bs: readonly B[], make: (a: A, b: B) => Recipe): Family => ({
  size: as.length * bs.length,
  recipe: (i) => make(at(as, Math.floor(i / bs.length)), at(bs, i % bs.length)),
})

const single = (
  name: string,
  description: string,
  licenses: readonly string[],
  style: VersionStyle = 'semver',
  archs?: readonly Arch[],
): Recipe => ({
  origin: name,
  style,
  licenses,
  archs,
  packages: [name, description],
})

function pythonRecipe(mod: string, description: string, licenses: readonly string[] = OPEN_LICENSES): Recipe {
  const origin = `py3-${mod}`
  const packages = [origin, `${description} (default Python)`]
  for (const py of generatedPythons) packages.push(`py${py}-${mod}`, `${description} (Python ${py})`)
  return { origin, style: 'semver', licenses, packages }
}

function rubyRecipe(
  gem: string,
  rb: string,
  description: string,
  licenses: readonly string[],
  version?: string,
): Recipe {
  const name = `ruby${rb}-${gem}`
  return { origin: name, version, style: 'semver', licenses, packages: [name, `${description} (Ruby ${rb})`] }
}

export function buildFamilies(): Family[] {
  const plugins = pluginFamilies.flatMap(([prefix, label, license, names]) =>
    words(names).map((n) => [`${prefix}-${n}`, `${label} ${n}`, license] as const),
  )
  const otherCompletions = completions.flatMap(([tool, shells]) =>
    words(shells)
      .filter((shell) => shell !== 'bash')
      .map((shell) => completionRow(tool, shell)),
  )
  const rubyCombos = rubyStems.flatMap((stem) => rubySuffixes.map((suffix) => [stem, suffix] as const))
  const withDev = mainRows.filter((row) => (row[5] ?? '').includes('dev'))
  const withoutDoc = mainRows.filter((row) => !(row[5] ?? '').includes('doc'))

  return [
    // Python
    family(pythonModules, ([mod, , license, description]) => pythonRecipe(mod, description, [license])),
    family(awsServices, (svc) =>
      pythonRecipe(`mypy-boto3-${svc}`, `Type annotations for the boto3 ${svc} client`, MIT),
    ),
    family(googleCloud, (svc) =>
      pythonRecipe(`google-cloud-${svc}`, `Google Cloud ${svc} client library`, APACHE),
    ),
    family(azureMgmt, (svc) =>
      pythonRecipe(`azure-mgmt-${svc}`, `Microsoft Azure ${svc} management client`, MIT),
    ),
    family(azureData, (svc) => pythonRecipe(`azure-${svc}`, `Microsoft Azure ${svc} client library`, MIT)),
    family(otelInstrumentations, (lib) =>
      pythonRecipe(
        `opentelemetry-instrumentation-${lib}`,
        `OpenTelemetry instrumentation for ${lib}`,
        APACHE,
      ),
    ),
    family(pytestPlugins, (p) => pythonRecipe(`pytest-${p}`, `pytest plugin: ${p}`)),
    family(djangoApps, (p) => pythonRecipe(`django-${p}`, `Django extension: ${p}`)),
    family(flaskExtensions, (p) => pythonRecipe(`flask-${p}`, `Flask extension: ${p}`)),
    family(typeStubs, (p) => pythonRecipe(`types-${p}`, `Typing stubs for ${p}`, APACHE)),
    family(airflowProviders, (p) =>
      pythonRecipe(`apache-airflow-providers-${p}`, `Apache Airflow provider for ${p}`, APACHE),
    ),
    product(pyStems, pySuffixes, (stem, suffix) =>
      pythonRecipe(`${stem[0]}-${suffix[0]}`, `${suffix[1]} ${stem[1]}`),
    ),
    // Ruby
    product(rubyGems, generatedRubies, ([gem, version, license, description], rb) =>
      rubyRecipe(gem, rb, description, [license], version),
    ),
    product(awsServices, generatedRubies, (svc, rb) =>
      rubyRecipe(`aws-sdk-${svc.replace(/-/g, '')}`, rb, `AWS SDK for Ruby: ${svc} client`, APACHE),
    ),
    product(rubyGemsExtra, generatedRubies, (gem, rb) =>
      rubyRecipe(gem, rb, `Ruby gem ${gem}`, OPEN_LICENSES),
    ),
    product(rubyCombos, generatedRubies, ([stem, suffix], rb) =>
      rubyRecipe(`${stem[0]}-${suffix[0]}`, rb, `${suffix[1]} ${stem[1]}`, OPEN_LICENSES),
    ),
    // Perl
    product(perlNamespaces, perlLeaves, (ns, leaf) => {
      const name = `perl-${ns[0]}-${leaf.toLowerCase()}`
      return {
        origin: name,
        style: 'perl',
        licenses: [PERL_LICENSE],
        packages: [name, `Perl module ${ns[1]}::${leaf}`, `${name}-doc`, `documentation for ${name}`],
      }
    }),
    // Lua, R, fonts, plugins, PHP
    product([...luaModules.map(([m]) => m), ...luaExtra], generatedLuas, (mod, lua) =>
      single(`lua${lua}-${mod}`, `Lua ${lua} module ${mod}`, MIT),
    ),
    family(rPackages, (r) =>
      single(`R-${r}`, `CRAN package ${r} for R`, ['GPL-2.0-or-later', 'GPL-3.0-only', 'MIT']),
    ),
    family(fontNames, (font) =>
      single(`font-${font}`, `${font} font family`, ['OFL-1.1', 'Apache-2.0'], 'short'),
    ),
    family(plugins, ([name, description, license]) => single(name, description, [license])),
    family(peclExtra, (ext) => {
      const origin = `php-${ext}`
      const packages = [origin, `PECL ${ext} extension for PHP`]
      for (const php of ['8.2', '8.3', '8.4']) {
        packages.push(`php-${php}-${ext}`, `${ext} extension for PHP ${php}`)
      }
      return { origin, style: 'semver', licenses: ['PHP-3.01', 'BSD-2-Clause', 'MIT'], packages }
    }),
    family(phpBundledExtensions, (ext) => {
      const [name, origin, description] = phpExtensionRow('8.2', ext)
      return { origin, style: 'semver', licenses: OPEN_LICENSES, packages: [name, description] }
    }),
    // hardware and platform streams
    family(firmwareVendors, (vendor) =>
      single(
        `linux-firmware-${vendor}`,
        `Firmware for ${vendor} devices`,
        ['LicenseRef-linux-firmware'],
        'calver',
        X86,
      ),
    ),
    product(kubeVersions, kubeComponents, (v, component) =>
      single(`${component}-${v}`, `Kubernetes ${v} ${component}`, APACHE),
    ),
    product(cudaVersions, cudaComponents, (v, component) =>
      single(`${component}-${v}`, `NVIDIA ${component} for CUDA ${v}`, [NVIDIA_LICENSE], 'semver', X86),
    ),
    // more subpackages of catalogue packages
    family(otherCompletions, ([name, origin, description]) => ({
      origin,
      style: 'semver',
      licenses: OPEN_LICENSES,
      packages: [name, description],
    })),
    family(withDev, ([name]) => ({
      origin: name,
      style: 'semver',
      licenses: OPEN_LICENSES,
      packages: [`${name}-static`, `static library files for ${name}`],
    })),
    family(withoutDoc, ([name]) => ({
      origin: name,
      style: 'semver',
      licenses: OPEN_LICENSES,
      packages: [`${name}-doc`, `documentation for ${name}`],
    })),
    family(mainRows, ([name, , , , description]) => ({
      origin: `${name}-fips`,
      base: name,
      style: 'semver',
      licenses: OPEN_LICENSES,
      packages: [`${name}-fips`, `${description}, FIPS 140-3 build`],
    })),
  ]
}
