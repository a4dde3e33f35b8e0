// Over 300 lines: the hand-written catalogue, one entry per line.
/**
 * The mock package catalogue: about 1,500 Wolfi-style apk packages. A hand-written table of main
 * packages and subpackages, plus families derived from it deterministically (-dev/-doc subpackages,
 * Python modules per interpreter, PHP extensions, version streams, shell completions).
 *
 * `generateCatalogue(n)` (generated-packages.ts) grows it for the "large org" with more generated,
 * realistic-looking families from the same tables.
 * Names are sorted by plain code-unit order (`a < b`), not by locale.
 */
import { hashString } from './random'
import type { Arch, SeedFileConflict, SeedPackage } from './types'
import { words } from './words'

export const BOTH: readonly Arch[] = ['x86_64', 'aarch64']
export const X86: readonly Arch[] = ['x86_64']

/** packages built for x86_64 only (firmware, microcode, CUDA) */
const x86Only = new Set([
  'cuda-cudart-12.8',
  'cuda-nvcc-12.8',
  'cudnn-9-cuda-12',
  'intel-ucode',
  'libcublas-12.8',
  'linux-firmware-amd-ucode',
  'linux-firmware-amdgpu',
  'linux-firmware-i915',
  'nccl-cuda-12',
])

const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
export const byName = (a: SeedPackage, b: SeedPackage): number => compareNames(a.name, b.name)

// ---------------------------------------------------------------------------------------------
// Hand-written main packages: [name, version, epoch, license, description, derived subpackages]
// `subs` may hold 'dev' and/or 'doc' to derive `<name>-dev` / `<name>-doc`.
// ---------------------------------------------------------------------------------------------
export type MainRow = readonly [
  name: string,
  version: string,
  epoch: number,
  license: string,
  description: string,
  subs?: string,
]

export const PERL_LICENSE = 'Artistic-1.0-Perl OR GPL-1.0-or-later'
const LLVM_LICENSE = 'Apache-2.0 WITH LLVM-exception'
const JDK_LICENSE = 'GPL-2.0-only WITH Classpath-exception-2.0'
export const NVIDIA_LICENSE = 'LicenseRef-NVIDIA-Software-License'

// prettier-ignore
export const mainRows: readonly MainRow[] = [
  // base system
  ['wolfi-baselayout', '20230201', 24, 'MIT', 'Base filesystem layout with passwd, group and os-release files'],
  ['wolfi-base', '1', 12, 'MIT', 'Meta package for a minimal Wolfi system with a shell and apk'],
  ['wolfi-keys', '1', 10, 'MIT', 'Public keys that verify Wolfi package signatures'],
  ['ca-certificates', '20250419', 0, 'MPL-2.0 AND MIT', 'Common CA certificates and the update-ca-certificates tool', 'doc'],
  ['tzdata', '2025b', 1, 'CC-PDDC', 'Time zone and daylight-saving rules database'],
  ['glibc', '2.41', 5, 'LGPL-2.1-or-later', 'The GNU C library', 'dev doc'],
  ['libxcrypt', '4.4.38', 2, 'LGPL-2.1-or-later', 'Extended crypt library for password hashing', 'dev doc'],
  ['gcc', '14.2.0', 12, 'GPL-3.0-or-later', 'The GNU Compiler Collection', 'doc'],
  ['binutils', '2.44', 3, 'GPL-3.0-or-later', 'Assembler, linker and tools for object files', 'dev doc'],
  ['build-base', '1', 8, 'MIT', 'Meta package for a basic C and C++ build toolchain'],
  ['busybox', '1.37.0', 38, 'GPL-2.0-only', 'Small single-binary versions of common Unix tools'],
  ['bash', '5.2.37', 2, 'GPL-3.0-or-later', 'The GNU Bourne Again shell', 'dev doc'],
  ['bash-completion', '2.16.0', 0, 'GPL-2.0-or-later', 'Programmable completion functions for bash'],
  ['zsh', '5.9', 6, 'MIT', 'Z shell with powerful completion and scripting', 'doc'],
  ['fish', '4.0.2', 0, 'GPL-2.0-only', 'Friendly interactive shell', 'doc'],
  ['coreutils', '9.7', 1, 'GPL-3.0-or-later', 'Basic file, shell and text tools of the GNU system', 'doc'],
  ['apk-tools', '2.14.10', 2, 'GPL-2.0-only', 'Alpine package manager that installs apk packages', 'dev doc'],
  ['sudo', '1.9.16_p2', 1, 'ISC', 'Runs commands as another user', 'doc'],
  ['doas', '6.8.2', 4, 'ISC', 'Minimal privilege elevation tool from OpenBSD'],
  ['shadow', '4.17.4', 1, 'BSD-3-Clause', 'Tools for managing users, groups and passwords', 'doc'],
  ['linux-pam', '1.7.0', 2, 'BSD-3-Clause', 'Pluggable authentication modules', 'dev doc'],
  ['linux-headers', '6.15', 0, 'GPL-2.0-only', 'Linux kernel headers for userspace development'],
  ['tini', '0.19.0', 21, 'MIT', 'Tiny init process for containers'],
  ['dumb-init', '1.2.5', 11, 'MIT', 'Minimal init system for Linux containers'],
  ['su-exec', '0.2', 8, 'MIT', 'Switches user and group id, then execs a command'],
  ['gosu', '1.17', 12, 'Apache-2.0', 'Runs a process as another user without sudo'],
  // crypto and TLS
  ['openssl', '3.5.0', 3, 'Apache-2.0', 'Toolkit for TLS and general-purpose cryptography', 'dev doc'],
  ['libressl', '4.1.0', 0, 'ISC AND OpenSSL', 'OpenBSD fork of the OpenSSL TLS and crypto library', 'dev'],
  ['gnutls', '3.8.9', 2, 'LGPL-2.1-or-later', 'GNU TLS library', 'dev doc'],
  ['nettle', '3.10.1', 0, 'LGPL-3.0-or-later OR GPL-2.0-or-later', 'Low-level cryptographic library', 'dev'],
  ['libtasn1', '4.20.0', 0, 'LGPL-2.1-or-later', 'ASN.1 structure parser library', 'dev'],
  ['p11-kit', '0.25.5', 2, 'BSD-3-Clause', 'Loads and shares PKCS#11 modules', 'dev'],
  ['libgpg-error', '1.55', 0, 'LGPL-2.1-or-later', 'Common error codes for GnuPG components', 'dev'],
  ['libgcrypt', '1.11.1', 0, 'LGPL-2.1-or-later', 'General-purpose cryptographic library from GnuPG', 'dev doc'],
  ['libassuan', '3.0.2', 1, 'LGPL-2.1-or-later', 'IPC library used by GnuPG', 'dev'],
  ['libksba', '1.6.7', 1, 'LGPL-3.0-or-later OR GPL-2.0-or-later', 'X.509 and CMS library for GnuPG', 'dev'],
  ['npth', '1.8', 1, 'LGPL-2.1-or-later', 'New portable threads library', 'dev'],
  ['gnupg', '2.4.7', 3, 'GPL-3.0-or-later', 'GNU Privacy Guard for encryption and signing', 'doc'],
  ['libsodium', '1.0.20', 2, 'ISC', 'Easy-to-use modern cryptography library', 'dev'],
  ['argon2', '20190702', 6, 'Apache-2.0 OR CC0-1.0', 'Reference implementation of Argon2 password hashing', 'dev'],
  ['cyrus-sasl', '2.1.28', 6, 'BSD-3-Clause-Attribution', 'Simple Authentication and Security Layer library', 'dev'],
  ['krb5', '1.21.3', 4, 'MIT', 'MIT Kerberos network authentication', 'dev doc'],
  ['keyutils', '1.6.3', 3, 'GPL-2.0-or-later AND LGPL-2.1-or-later', 'Linux key management utilities', 'dev'],
  ['openssh', '10.0_p1', 0, 'SSH-OpenSSH', 'OpenBSD secure shell client and server', 'doc'],
  ['libssh2', '1.11.1', 2, 'BSD-3-Clause', 'Client-side SSH2 protocol library', 'dev doc'],
  ['age', '1.2.1', 3, 'BSD-3-Clause', 'Simple, modern file encryption tool'],
  ['sops', '3.10.2', 0, 'MPL-2.0', 'Editor for encrypted YAML, JSON and env files'],
  ['openldap', '2.6.10', 0, 'OLDAP-2.8', 'Lightweight Directory Access Protocol suite', 'dev doc'],
  // compression and archives
  ['zlib', '1.3.1', 3, 'Zlib', 'Lossless data-compression library', 'dev doc'],
  ['brotli', '1.1.0', 5, 'MIT', 'Generic lossless compression format and tools', 'dev doc'],
  ['zstd', '1.5.7', 1, 'BSD-3-Clause OR GPL-2.0-only', 'Fast real-time compression algorithm and tools', 'dev doc'],
  ['xz', '5.8.1', 0, '0BSD', 'LZMA and XZ compression utilities', 'dev doc'],
  ['bzip2', '1.0.8', 9, 'bzip2-1.0.6', 'Block-sorting file compressor', 'dev doc'],
  ['lz4', '1.10.0', 2, 'BSD-2-Clause AND GPL-2.0-only', 'Extremely fast lossless compression', 'dev doc'],
  ['gzip', '1.14', 0, 'GPL-3.0-or-later', 'GNU file compression utility', 'doc'],
  ['pigz', '2.8', 3, 'Zlib', 'Parallel implementation of gzip'],
  ['tar', '1.35', 5, 'GPL-3.0-or-later', 'GNU tape archiver', 'doc'],
  ['unzip', '6.0', 8, 'Info-ZIP', 'Extracts files from .zip archives', 'doc'],
  ['zip', '3.0', 6, 'Info-ZIP', 'Creates .zip archives', 'doc'],
  ['7zip', '24.09', 1, 'LGPL-2.1-only', 'File archiver with a high compression ratio'],
  ['libarchive', '3.8.0', 0, 'BSD-2-Clause', 'Multi-format archive and compression library', 'dev doc'],
  // core libraries
  ['ncurses', '6.5_p20250322', 0, 'MIT', 'Terminal control and text user interface library', 'dev doc'],
  ['readline', '8.2.13', 2, 'GPL-3.0-or-later', 'GNU line-editing and history library', 'dev doc'],
  ['libedit', '3.1', 6, 'BSD-3-Clause', 'BSD line-editing and history library', 'dev'],
  ['libcap', '2.76', 0, 'BSD-3-Clause OR GPL-2.0-only', 'POSIX 1003.1e capabilities library', 'dev doc'],
  ['libcap-ng', '0.8.5', 3, 'LGPL-2.1-or-later', 'Simpler library for POSIX capabilities', 'dev doc'],
  ['libffi', '3.4.8', 0, 'MIT', 'Portable foreign function interface library', 'dev'],
  ['expat', '2.7.1', 0, 'MIT', 'Stream-oriented XML parser library', 'dev doc'],
  ['libxml2', '2.13.8', 0, 'MIT', 'XML parsing library from the GNOME project', 'dev doc'],
  ['libxslt', '1.1.43', 1, 'MIT', 'XSLT processing library', 'dev doc'],
  ['icu', '77.1', 1, 'Unicode-3.0', 'International Components for Unicode', 'dev doc'],
  ['pcre2', '10.45', 1, 'BSD-3-Clause', 'Perl-compatible regular expression library', 'dev doc'],
  ['oniguruma', '6.9.10', 1, 'BSD-2-Clause', 'Regular expression library with multi-encoding support', 'dev'],
  ['gmp', '6.3.0', 6, 'LGPL-3.0-or-later OR GPL-2.0-or-later', 'Arbitrary-precision arithmetic library', 'dev doc'],
  ['mpfr', '4.2.2', 1, 'LGPL-3.0-or-later', 'Multiple-precision floating-point library', 'dev doc'],
  ['mpc', '1.3.1', 3, 'LGPL-3.0-or-later', 'Complex number arithmetic with arbitrary precision', 'dev'],
  ['isl', '0.27', 1, 'MIT', 'Integer set library used by GCC', 'dev'],
  ['mpdecimal', '4.0.1', 0, 'BSD-2-Clause', 'Arbitrary-precision decimal arithmetic library', 'dev'],
  ['libuv', '1.51.0', 0, 'MIT', 'Cross-platform asynchronous I/O library', 'dev'],
  ['c-ares', '1.34.5', 1, 'MIT', 'Asynchronous DNS resolver library', 'dev doc'],
  ['libevent', '2.1.12', 8, 'BSD-3-Clause', 'Event notification library', 'dev'],
  ['libyaml', '0.2.5', 6, 'MIT', 'YAML 1.1 parser and emitter written in C', 'dev'],
  ['jansson', '2.14.1', 0, 'MIT', 'C library for encoding and decoding JSON', 'dev'],
  ['json-c', '0.18', 2, 'MIT', 'JSON implementation in C', 'dev'],
  ['libseccomp', '2.6.0', 1, 'LGPL-2.1-only', 'Interface to the Linux seccomp syscall filter', 'dev doc'],
  ['util-linux', '2.41', 1, 'GPL-2.0-or-later', 'Miscellaneous Linux system utilities', 'dev doc'],
  ['e2fsprogs', '1.47.2', 2, 'GPL-2.0-or-later', 'Utilities for ext2, ext3 and ext4 filesystems', 'dev doc'],
  ['sqlite', '3.49.2', 0, 'blessing', 'Self-contained SQL database engine', 'dev doc'],
  ['gdbm', '1.25', 0, 'GPL-3.0-or-later', 'GNU key/value database library', 'dev'],
  ['jemalloc', '5.3.0', 7, 'BSD-2-Clause', 'Scalable concurrent malloc implementation', 'dev'],
  ['libunwind', '1.8.1', 3, 'MIT', 'Portable stack unwinding library', 'dev'],
  ['lttng-ust', '2.13.9', 1, 'LGPL-2.1-only AND MIT', 'LTTng userspace tracing library', 'dev'],
  ['elfutils', '0.193', 0, 'GPL-3.0-or-later AND LGPL-3.0-or-later', 'Tools and libraries for ELF object files', 'dev'],
  ['libbsd', '0.12.2', 2, 'BSD-3-Clause', 'Common BSD functions for GNU systems', 'dev'],
  ['libmd', '1.1.0', 2, 'BSD-3-Clause', 'Message digest functions from BSD systems', 'dev'],
  ['libtirpc', '1.3.6', 1, 'BSD-3-Clause', 'Transport-independent RPC library', 'dev'],
  ['libnl3', '3.11.0', 0, 'LGPL-2.1-only', 'Netlink protocol library suite', 'dev'],
  ['libmnl', '1.0.5', 3, 'LGPL-2.1-or-later', 'Minimalistic Netlink library', 'dev'],
  ['libnftnl', '1.2.9', 0, 'GPL-2.0-or-later', 'Userspace library for the nftables netlink API', 'dev'],
  ['libpcap', '1.10.5', 1, 'BSD-3-Clause', 'Packet capture library', 'dev'],
  ['unixodbc', '2.3.12', 2, 'LGPL-2.1-or-later', 'ODBC driver manager', 'dev'],
  ['libpsl', '0.21.5', 4, 'MIT', 'Public Suffix List lookup library', 'dev doc'],
  ['libidn2', '2.3.8', 1, 'LGPL-3.0-or-later OR GPL-2.0-or-later', 'Internationalized domain name encoding library', 'dev doc'],
  ['libunistring', '1.3', 1, 'LGPL-3.0-or-later OR GPL-2.0-or-later', 'Unicode string manipulation library', 'dev doc'],
  ['nghttp2', '1.65.0', 1, 'MIT', 'HTTP/2 C library and tools', 'dev doc'],
  ['nghttp3', '1.9.0', 0, 'MIT', 'HTTP/3 framing library', 'dev'],
  ['ngtcp2', '1.12.0', 0, 'MIT', 'QUIC protocol implementation in C', 'dev'],
  ['glib', '2.84.2', 0, 'LGPL-2.1-or-later', 'Low-level core library from the GNOME project', 'dev doc'],
  ['libgit2', '1.9.0', 2, 'GPL-2.0-only WITH GCC-exception-2.0', 'Portable C implementation of the Git core', 'dev'],
  ['libmaxminddb', '1.12.2', 0, 'Apache-2.0', 'Reader library for MaxMind DB files', 'dev'],
  ['hiredis', '1.3.0', 0, 'BSD-3-Clause', 'Minimalistic C client for Redis', 'dev'],
  ['librdkafka', '2.10.0', 0, 'BSD-2-Clause', 'Apache Kafka C and C++ client library', 'dev'],
  // C++ libraries
  ['protobuf', '31.1', 0, 'BSD-3-Clause', 'Protocol Buffers compiler and C++ runtime', 'dev'],
  ['grpc', '1.72.0', 1, 'Apache-2.0', 'High-performance RPC framework', 'dev'],
  ['abseil-cpp', '20250127.1', 0, 'Apache-2.0', 'Abseil common libraries for C++', 'dev'],
  ['re2', '2024.07.02', 3, 'BSD-3-Clause', 'Fast, safe regular expression library', 'dev'],
  ['boost', '1.88.0', 0, 'BSL-1.0', 'Peer-reviewed portable C++ libraries', 'dev doc'],
  ['fmt', '11.2.0', 0, 'MIT', 'Modern formatting library for C++', 'dev'],
  ['spdlog', '1.15.3', 0, 'MIT', 'Fast logging library for C++', 'dev'],
  ['nlohmann-json', '3.12.0', 0, 'MIT', 'Header-only JSON library for modern C++'],
  ['gtest', '1.17.0', 0, 'BSD-3-Clause', 'Google C++ testing and mocking framework', 'dev'],
  ['yaml-cpp', '0.8.0', 4, 'MIT', 'YAML parser and emitter for C++', 'dev'],
  ['openblas', '0.3.29', 1, 'BSD-3-Clause', 'Optimized BLAS linear algebra library', 'dev'],
  // graphics, fonts and media
  ['libpng', '1.6.48', 0, 'libpng-2.0', 'PNG image reference library', 'dev doc'],
  ['libjpeg-turbo', '3.1.0', 2, 'BSD-3-Clause AND IJG', 'SIMD-accelerated JPEG codec', 'dev doc'],
  ['libwebp', '1.5.0', 2, 'BSD-3-Clause', 'WebP image codec library', 'dev doc'],
  ['giflib', '5.2.2', 3, 'MIT', 'Library for reading and writing GIF images', 'dev'],
  ['libtiff', '4.7.0', 2, 'libtiff', 'TIFF image library', 'dev doc'],
  ['lcms2', '2.17', 0, 'MIT', 'Little CMS color management engine', 'dev'],
  ['freetype', '2.13.3', 2, 'FTL OR GPL-2.0-or-later', 'Font rasterization engine', 'dev doc'],
  ['fontconfig', '2.16.2', 0, 'MIT', 'Font discovery and configuration library', 'dev doc'],
  ['harfbuzz', '11.2.1', 0, 'MIT', 'OpenType text shaping engine', 'dev'],
  ['cairo', '1.18.4', 1, 'LGPL-2.1-only OR MPL-1.1', '2D vector graphics library', 'dev'],
  ['pango', '1.56.3', 0, 'LGPL-2.0-or-later', 'Text layout and rendering library', 'dev'],
  ['pixman', '0.46.0', 0, 'MIT', 'Low-level pixel manipulation library', 'dev'],
  ['imagemagick', '7.1.1.47', 0, 'ImageMagick', 'Suite for creating, editing and converting images', 'dev doc'],
  ['ffmpeg', '7.1.1', 2, 'LGPL-2.1-or-later AND GPL-2.0-or-later', 'Tools and libraries for audio and video', 'dev'],
  ['libx11', '1.8.12', 1, 'X11', 'X11 client-side library', 'dev'],
  ['libxcb', '1.17.0', 2, 'MIT', 'C binding for the X11 protocol', 'dev'],
  ['libxau', '1.0.12', 0, 'MIT', 'X authorization protocol library', 'dev'],
  ['libxdmcp', '1.1.5', 2, 'MIT', 'X display manager control protocol library', 'dev'],
  ['libxext', '1.3.6', 2, 'MIT', 'Library for common X11 protocol extensions', 'dev'],
  ['libxrender', '0.9.12', 1, 'MIT', 'X Rendering Extension client library', 'dev'],
  ['libxi', '1.8.2', 1, 'MIT', 'X Input Extension client library', 'dev'],
  ['libxtst', '1.2.5', 2, 'MIT', 'X Test Extension client library', 'dev'],
  ['xorgproto', '2024.1', 2, 'MIT', 'X Window System protocol headers'],
  ['alsa-lib', '1.2.14', 0, 'LGPL-2.1-or-later', 'Advanced Linux Sound Architecture library', 'dev'],
  ['font-dejavu', '2.37', 4, 'Bitstream-Vera', 'DejaVu font family with wide Unicode coverage'],
  ['font-liberation', '2.1.5', 3, 'OFL-1.1', 'Liberation fonts, metric-compatible with common office fonts'],
  ['font-noto', '2025.05.01', 0, 'OFL-1.1', 'Noto font family covering most writing systems'],
  // command-line tools
  ['curl', '8.13.0', 2, 'curl', 'Command-line tool for transferring data with URLs', 'dev doc'],
  ['wget', '1.25.0', 2, 'GPL-3.0-or-later', 'Non-interactive network downloader', 'doc'],
  ['git', '2.49.0', 1, 'GPL-2.0-only', 'Distributed version control system', 'doc'],
  ['git-lfs', '3.6.1', 4, 'MIT', 'Git extension for versioning large files'],
  ['gh', '2.73.0', 0, 'MIT', 'GitHub on the command line'],
  ['jq', '1.7.1', 8, 'MIT', 'Lightweight command-line JSON processor', 'dev doc'],
  ['yq', '4.45.4', 1, 'MIT', 'Command-line YAML, JSON and XML processor'],
  ['findutils', '4.10.0', 3, 'GPL-3.0-or-later', 'GNU find, xargs and locate', 'doc'],
  ['grep', '3.12', 0, 'GPL-3.0-or-later', 'GNU pattern searching tool', 'doc'],
  ['sed', '4.9', 4, 'GPL-3.0-or-later', 'GNU stream editor', 'doc'],
  ['gawk', '5.3.2', 0, 'GPL-3.0-or-later', 'GNU implementation of the awk language', 'doc'],
  ['diffutils', '3.12', 0, 'GPL-3.0-or-later', 'Shows differences between files', 'doc'],
  ['patch', '2.8', 0, 'GPL-3.0-or-later', 'Applies diff output to original files', 'doc'],
  ['less', '678', 0, 'GPL-3.0-or-later OR BSD-2-Clause', 'Terminal pager with backward scrolling', 'doc'],
  ['file', '5.46', 2, 'BSD-2-Clause', 'Identifies file types by their contents', 'dev doc'],
  ['which', '2.23', 0, 'GPL-3.0-or-later', 'Shows the full path of shell commands'],
  ['procps', '4.0.5', 2, 'GPL-2.0-or-later', 'ps, top, free and other /proc utilities', 'dev doc'],
  ['psmisc', '23.7', 3, 'GPL-2.0-or-later', 'killall, pstree and fuser', 'doc'],
  ['htop', '3.4.1', 0, 'GPL-2.0-or-later', 'Interactive process viewer'],
  ['lsof', '4.99.4', 1, 'lsof', 'Lists open files and the processes using them'],
  ['strace', '6.15', 0, 'LGPL-2.1-or-later', 'Traces system calls and signals', 'doc'],
  ['gdb', '16.3', 0, 'GPL-3.0-or-later', 'The GNU debugger', 'doc'],
  ['tree', '2.2.1', 2, 'GPL-2.0-or-later', 'Lists directory contents as a tree'],
  ['rsync', '3.4.1', 2, 'GPL-3.0-or-later', 'Fast incremental file transfer', 'doc'],
  ['vim', '9.1.1406', 0, 'Vim', 'Vi IMproved text editor', 'doc'],
  ['nano', '8.4', 0, 'GPL-3.0-or-later', 'Small, friendly text editor', 'doc'],
  ['tmux', '3.5a', 0, 'ISC', 'Terminal multiplexer', 'doc'],
  ['ripgrep', '14.1.1', 3, 'MIT OR Unlicense', 'Recursive line-oriented search tool'],
  ['fd', '10.2.0', 2, 'MIT OR Apache-2.0', 'Fast and friendly alternative to find'],
  ['bat', '0.25.0', 1, 'MIT OR Apache-2.0', 'cat clone with syntax highlighting and Git integration'],
  ['fzf', '0.62.0', 0, 'MIT', 'Command-line fuzzy finder'],
  ['direnv', '2.36.0', 0, 'MIT', 'Loads and unloads environment variables per directory'],
  ['shellcheck', '0.10.0', 9, 'GPL-3.0-or-later', 'Static analysis tool for shell scripts'],
  ['shfmt', '3.11.0', 0, 'BSD-3-Clause', 'Formatter for shell scripts'],
  ['iproute2', '6.15.0', 0, 'GPL-2.0-or-later', 'Networking and traffic-control utilities', 'doc'],
  ['iputils', '20240905', 1, 'BSD-3-Clause AND GPL-2.0-or-later', 'ping, tracepath and arping'],
  ['net-tools', '2.10', 6, 'GPL-2.0-or-later', 'Legacy tools such as netstat and ifconfig'],
  ['bind', '9.20.9', 0, 'MPL-2.0', 'ISC BIND DNS server and tools', 'dev doc'],
  ['tcpdump', '4.99.5', 1, 'BSD-3-Clause', 'Command-line network packet analyzer', 'doc'],
  ['socat', '1.8.0.3', 0, 'GPL-2.0-only', 'Multipurpose relay between two data channels'],
  ['netcat-openbsd', '1.229', 0, 'BSD-3-Clause', 'TCP/IP swiss army knife from OpenBSD'],
  ['iptables', '1.8.11', 1, 'GPL-2.0-or-later', 'Administration tools for the Linux packet filter', 'dev'],
  ['nftables', '1.1.3', 0, 'GPL-2.0-only', 'Administration tool for netfilter nftables', 'dev'],
  // build tools and compilers
  ['make', '4.4.1', 5, 'GPL-3.0-or-later', 'GNU make build automation tool', 'doc'],
  ['cmake', '4.0.2', 0, 'BSD-3-Clause', 'Cross-platform build system generator', 'doc'],
  ['ninja', '1.12.1', 3, 'Apache-2.0', 'Small build system focused on speed'],
  ['meson', '1.8.1', 0, 'Apache-2.0', 'Fast, user-friendly build system'],
  ['pkgconf', '2.4.3', 1, 'ISC', 'Manages compiler and linker flags for libraries', 'dev doc'],
  ['autoconf', '2.72', 4, 'GPL-3.0-or-later', 'Generates portable configure scripts', 'doc'],
  ['automake', '1.17', 2, 'GPL-2.0-or-later', 'Generates Makefile.in templates', 'doc'],
  ['libtool', '2.5.4', 1, 'GPL-2.0-or-later', 'Generic shared library support script', 'doc'],
  ['m4', '1.4.20', 0, 'GPL-3.0-or-later', 'GNU macro processor', 'doc'],
  ['bison', '3.8.2', 5, 'GPL-3.0-or-later', 'GNU parser generator', 'doc'],
  ['flex', '2.6.4', 12, 'BSD-2-Clause', 'Fast lexical analyzer generator', 'dev doc'],
  ['gettext', '0.25', 0, 'GPL-3.0-or-later', 'GNU internationalization tools', 'dev doc'],
  ['clang-20', '20.1.5', 0, LLVM_LICENSE, 'C language family frontend for LLVM 20', 'dev'],
  ['llvm-20', '20.1.5', 0, LLVM_LICENSE, 'LLVM 20 compiler infrastructure', 'dev'],
  ['lld-20', '20.1.5', 0, LLVM_LICENSE, 'LLVM 20 linker', 'dev'],
  ['clang-19', '19.1.7', 4, LLVM_LICENSE, 'C language family frontend for LLVM 19', 'dev'],
  ['llvm-19', '19.1.7', 4, LLVM_LICENSE, 'LLVM 19 compiler infrastructure', 'dev'],
  // language runtimes
  ['go-1.24', '1.24.3', 1, 'BSD-3-Clause', 'Go 1.24 compiler and tools', 'doc'],
  ['go-1.23', '1.23.9', 2, 'BSD-3-Clause', 'Go 1.23 compiler and tools', 'doc'],
  ['go-1.22', '1.22.12', 4, 'BSD-3-Clause', 'Go 1.22 compiler and tools'],
  ['rust', '1.87.0', 0, 'Apache-2.0 OR MIT', 'Rust compiler, standard library and cargo', 'doc'],
  ['zig', '0.14.1', 0, 'MIT', 'General-purpose programming language and toolchain'],
  ['nodejs-18', '18.20.8', 1, 'MIT', 'Node.js 18 JavaScript runtime', 'dev doc'],
  ['nodejs-20', '20.19.2', 0, 'MIT', 'Node.js 20 JavaScript runtime', 'dev doc'],
  ['nodejs-22', '22.15.0', 1, 'MIT', 'Node.js 22 JavaScript runtime', 'dev doc'],
  ['nodejs-24', '24.1.0', 0, 'MIT', 'Node.js 24 JavaScript runtime', 'dev doc'],
  ['npm', '11.4.0', 0, 'Artistic-2.0', 'Package manager for Node.js', 'doc'],
  ['yarn', '1.22.22', 3, 'BSD-2-Clause', 'Classic Yarn package manager for Node.js'],
  ['pnpm', '10.11.0', 0, 'MIT', 'Disk-efficient package manager for Node.js'],
  ['corepack', '0.33.0', 0, 'MIT', 'Shims that pin Node.js package manager versions'],
  ['deno', '2.3.3', 0, 'MIT', 'Secure runtime for JavaScript and TypeScript'],
  ['bun', '1.2.14', 0, 'MIT', 'Fast all-in-one JavaScript runtime and toolkit'],
  ['python-3.11', '3.11.12', 2, 'PSF-2.0', 'Python 3.11 interpreter and standard library', 'dev doc'],
  ['python-3.12', '3.12.10', 1, 'PSF-2.0', 'Python 3.12 interpreter and standard library', 'dev doc'],
  ['python-3.13', '3.13.3', 2, 'PSF-2.0', 'Python 3.13 interpreter and standard library', 'dev doc'],
  ['openjdk-11', '11.0.27', 1, JDK_LICENSE, 'OpenJDK 11 Java development kit', 'doc'],
  ['openjdk-17', '17.0.15', 2, JDK_LICENSE, 'OpenJDK 17 Java development kit', 'doc'],
  ['openjdk-21', '21.0.7', 3, JDK_LICENSE, 'OpenJDK 21 Java development kit', 'doc'],
  ['java-common', '0.5', 3, 'MIT', 'Scripts that select the default Java runtime'],
  ['java-cacerts', '20250419', 0, 'MPL-2.0', 'Trusted CA certificates as a Java keystore'],
  ['maven', '3.9.9', 5, 'Apache-2.0', 'Java project build and dependency manager'],
  ['gradle', '8.14.1', 0, 'Apache-2.0', 'Build automation tool for the JVM'],
  ['ant', '1.10.15', 1, 'Apache-2.0', 'Java library and command-line build tool'],
  ['kotlin', '2.1.21', 0, 'Apache-2.0', 'Kotlin compiler for the JVM'],
  ['sbt', '1.11.0', 0, 'Apache-2.0', 'Interactive build tool for Scala and Java'],
  ['php-8.2', '8.2.28', 2, 'PHP-3.01', 'PHP 8.2 scripting language interpreter', 'dev doc'],
  ['php-8.3', '8.3.21', 1, 'PHP-3.01', 'PHP 8.3 scripting language interpreter', 'dev doc'],
  ['php-8.4', '8.4.7', 0, 'PHP-3.01', 'PHP 8.4 scripting language interpreter', 'dev doc'],
  ['composer', '2.8.9', 0, 'MIT', 'Dependency manager for PHP'],
  ['ruby-3.2', '3.2.8', 1, 'Ruby OR BSD-2-Clause', 'Ruby 3.2 interpreter', 'dev doc'],
  ['ruby-3.3', '3.3.8', 1, 'Ruby OR BSD-2-Clause', 'Ruby 3.3 interpreter', 'dev doc'],
  ['ruby-3.4', '3.4.3', 0, 'Ruby OR BSD-2-Clause', 'Ruby 3.4 interpreter', 'dev doc'],
  ['perl', '5.40.2', 1, PERL_LICENSE, 'Practical Extraction and Report Language', 'dev doc'],
  ['lua5.1', '5.1.5', 9, 'MIT', 'Lua 5.1 scripting language', 'dev'],
  ['lua5.3', '5.3.6', 4, 'MIT', 'Lua 5.3 scripting language', 'dev'],
  ['lua5.4', '5.4.7', 2, 'MIT', 'Lua 5.4 scripting language', 'dev doc'],
  ['luajit', '2.1.1744318430', 0, 'MIT', 'Just-in-time compiler for Lua 5.1', 'dev'],
  ['erlang-27', '27.3.4', 0, 'Apache-2.0', 'Erlang/OTP 27 runtime and libraries', 'dev doc'],
  ['elixir-1.18', '1.18.4', 0, 'Apache-2.0', 'Elixir 1.18, a functional language for the BEAM'],
  ['R', '4.5.0', 1, 'GPL-2.0-or-later', 'Language and environment for statistical computing', 'dev doc'],
  ['dotnet-8', '8.0.409', 0, 'MIT', '.NET 8 SDK, runtimes and targeting packs'],
  ['dotnet-9', '9.0.300', 0, 'MIT', '.NET 9 SDK, runtimes and targeting packs'],
  // containers, Kubernetes and supply chain
  ['kubectl-1.33', '1.33.1', 0, 'Apache-2.0', 'Kubernetes 1.33 command-line client'],
  ['kubectl-1.32', '1.32.5', 1, 'Apache-2.0', 'Kubernetes 1.32 command-line client'],
  ['kubectl-1.31', '1.31.9', 2, 'Apache-2.0', 'Kubernetes 1.31 command-line client'],
  ['helm', '3.18.0', 0, 'Apache-2.0', 'Package manager for Kubernetes'],
  ['kustomize', '5.6.0', 5, 'Apache-2.0', 'Template-free customization of Kubernetes YAML'],
  ['k9s', '0.50.6', 0, 'Apache-2.0', 'Terminal UI for Kubernetes clusters'],
  ['kind', '0.29.0', 0, 'Apache-2.0', 'Runs local Kubernetes clusters in containers'],
  ['crane', '0.20.5', 0, 'Apache-2.0', 'Inspects and copies remote container images'],
  ['cosign', '2.5.0', 1, 'Apache-2.0', 'Signs and verifies container images and blobs'],
  ['grype', '0.92.0', 0, 'Apache-2.0', 'Vulnerability scanner for images and filesystems'],
  ['syft', '1.26.0', 0, 'Apache-2.0', 'SBOM generator for images and filesystems'],
  ['trivy', '0.62.1', 0, 'Apache-2.0', 'Security scanner for images, filesystems and repositories'],
  ['apko', '0.27.9', 0, 'Apache-2.0', 'Builds OCI images declaratively from apk packages'],
  ['melange', '0.26.4', 0, 'Apache-2.0', 'Builds apk packages from declarative pipelines'],
  ['wolfictl', '0.38.5', 0, 'Apache-2.0', 'Helper CLI for working with Wolfi'],
  ['opentofu', '1.9.1', 0, 'MPL-2.0', 'Open-source infrastructure as code tool'],
  ['etcd', '3.6.0', 0, 'Apache-2.0', 'Distributed, reliable key-value store'],
  ['containerd', '2.1.1', 0, 'Apache-2.0', 'Industry-standard container runtime'],
  ['runc', '1.3.0', 0, 'Apache-2.0', 'CLI for spawning containers per the OCI spec'],
  ['buildkit', '0.22.0', 0, 'Apache-2.0', 'Concurrent, cache-efficient image builder'],
  ['docker', '28.1.1', 0, 'Apache-2.0', 'Docker container engine'],
  ['docker-compose', '2.36.2', 0, 'Apache-2.0', 'Defines and runs multi-container applications'],
  ['skopeo', '1.19.0', 0, 'Apache-2.0', 'Copies and inspects images across registries'],
  ['nerdctl', '2.1.2', 0, 'Apache-2.0', 'Docker-compatible CLI for containerd'],
  ['cni-plugins', '1.7.1', 0, 'Apache-2.0', 'Reference container network interface plugins'],
  // observability and networking services
  ['prometheus', '3.4.0', 0, 'Apache-2.0', 'Monitoring system and time-series database'],
  ['prometheus-node-exporter', '1.9.1', 0, 'Apache-2.0', 'Exports host hardware and OS metrics to Prometheus'],
  ['prometheus-alertmanager', '0.28.1', 0, 'Apache-2.0', 'Routes and deduplicates Prometheus alerts'],
  ['grafana', '12.0.1', 0, 'AGPL-3.0-only', 'Dashboards and visualization for observability data'],
  ['loki', '3.5.1', 0, 'AGPL-3.0-only', 'Horizontally scalable log aggregation system'],
  ['fluent-bit', '4.0.2', 0, 'Apache-2.0', 'Fast log processor and forwarder'],
  ['opentelemetry-collector-contrib', '0.127.0', 0, 'Apache-2.0', 'OpenTelemetry Collector with contributed components'],
  ['jaeger', '2.6.0', 0, 'Apache-2.0', 'Distributed tracing platform'],
  ['envoy', '1.34.1', 0, 'Apache-2.0', 'Cloud-native L7 proxy'],
  ['haproxy', '3.2.0', 0, 'GPL-2.0-or-later', 'High-performance TCP and HTTP load balancer', 'doc'],
  ['traefik', '3.4.1', 0, 'MIT', 'Cloud-native edge router and reverse proxy'],
  ['caddy', '2.10.0', 0, 'Apache-2.0', 'Web server with automatic HTTPS'],
  ['coredns', '1.12.1', 0, 'Apache-2.0', 'DNS server built from chained plugins'],
  ['nginx', '1.27.5', 2, 'BSD-2-Clause', 'HTTP server and reverse proxy, mainline branch', 'doc'],
  ['nginx-stable', '1.28.0', 0, 'BSD-2-Clause', 'HTTP server and reverse proxy, stable branch'],
  ['apache2', '2.4.63', 1, 'Apache-2.0', 'Apache HTTP server', 'dev doc'],
  // databases and messaging
  ['postgresql-17', '17.5', 1, 'PostgreSQL', 'PostgreSQL 17 object-relational database server', 'dev doc'],
  ['postgresql-16', '16.9', 1, 'PostgreSQL', 'PostgreSQL 16 object-relational database server', 'dev doc'],
  ['postgresql-15', '15.13', 1, 'PostgreSQL', 'PostgreSQL 15 object-relational database server', 'dev'],
  ['pgbouncer', '1.24.1', 0, 'ISC', 'Lightweight connection pooler for PostgreSQL'],
  ['mariadb-11.4', '11.4.7', 0, 'GPL-2.0-only', 'MariaDB 11.4 database server', 'dev'],
  ['mysql-8.4', '8.4.5', 0, 'GPL-2.0-only', 'MySQL 8.4 LTS database server', 'dev'],
  ['mysql-8.0', '8.0.42', 0, 'GPL-2.0-only', 'MySQL 8.0 database server', 'dev'],
  ['redis-8.0', '8.0.1', 0, 'AGPL-3.0-only', 'Redis 8.0 in-memory data store'],
  ['redis-7.4', '7.4.3', 0, 'SSPL-1.0', 'Redis 7.4 in-memory data store'],
  ['valkey-8.1', '8.1.1', 0, 'BSD-3-Clause', 'Valkey 8.1 high-performance key/value store'],
  ['memcached', '1.6.38', 0, 'BSD-3-Clause', 'Distributed memory object cache'],
  ['rabbitmq-server', '4.1.0', 0, 'MPL-2.0', 'Message broker speaking AMQP and MQTT'],
  ['kafka', '4.0.0', 0, 'Apache-2.0', 'Distributed event streaming platform'],
  ['zookeeper', '3.9.3', 1, 'Apache-2.0', 'Centralized coordination service for distributed systems'],
  ['nats-server', '2.11.4', 0, 'Apache-2.0', 'High-performance NATS messaging server'],
  ['minio', '0.20250524.170830', 0, 'AGPL-3.0-or-later', 'S3-compatible object storage server'],
  ['keycloak', '26.2.5', 0, 'Apache-2.0', 'Identity and access management server'],
  // hardware, GPU and AI (x86_64-only ones listed in x86Only)
  ['linux-firmware', '20250509', 0, 'LicenseRef-linux-firmware', 'Firmware blobs for devices supported by Linux'],
  ['intel-ucode', '20250512', 0, 'LicenseRef-Intel-Microcode', 'Microcode updates for Intel processors'],
  ['cuda-cudart-12.8', '12.8.90', 0, NVIDIA_LICENSE, 'NVIDIA CUDA 12.8 runtime library'],
  ['cuda-nvcc-12.8', '12.8.93', 0, NVIDIA_LICENSE, 'NVIDIA CUDA 12.8 compiler driver'],
  ['libcublas-12.8', '12.8.4.1', 0, NVIDIA_LICENSE, 'NVIDIA cuBLAS linear algebra library for CUDA 12.8'],
  ['cudnn-9-cuda-12', '9.10.1.4', 0, NVIDIA_LICENSE, 'NVIDIA cuDNN 9 neural network primitives for CUDA 12'],
  ['nccl-cuda-12', '2.26.5', 0, 'BSD-3-Clause', 'NVIDIA collective communication library for CUDA 12'],
  ['onnxruntime', '1.22.0', 0, 'MIT', 'Cross-platform inference engine for ONNX models', 'dev'],
  ['ollama', '0.7.1', 0, 'MIT', 'Runs large language models locally'],
]

// ---------------------------------------------------------------------------------------------
// Hand-written subpackages: [name, origin, description]; version, epoch and license come from the origin
// ---------------------------------------------------------------------------------------------
type SubRow = readonly [name: string, origin: string, description: string]

// prettier-ignore
const subRows: readonly SubRow[] = [
  ['ca-certificates-bundle', 'ca-certificates', 'Trusted CA certificates as a single PEM bundle'],
  ['ld-linux', 'glibc', 'Dynamic linker and loader for glibc'],
  ['glibc-locale-posix', 'glibc', 'POSIX (C) locale data for glibc'],
  ['glibc-locales', 'glibc', 'Locale data for every language glibc supports'],
  ['glibc-iconv', 'glibc', 'Character set conversion modules for glibc'],
  ['nscd', 'glibc', 'Name service cache daemon'],
  ['libcrypt1', 'libxcrypt', 'Shared library for crypt() password hashing'],
  ['libgcc', 'gcc', 'GCC low-level runtime support library'],
  ['libstdc++', 'gcc', 'GNU C++ standard library'],
  ['libstdc++-dev', 'gcc', 'headers and static files for the GNU C++ standard library'],
  ['libgomp', 'gcc', 'GNU OpenMP runtime library'],
  ['libatomic', 'gcc', 'GNU atomic operations runtime library'],
  ['libquadmath', 'gcc', 'GCC quad-precision math library'],
  ['libssl3', 'openssl', 'OpenSSL 3 TLS shared library'],
  ['libcrypto3', 'openssl', 'OpenSSL 3 cryptography shared library'],
  ['openssl-config', 'openssl', 'Default configuration file for OpenSSL'],
  ['openssl-provider-legacy', 'openssl', 'OpenSSL provider with legacy algorithms'],
  ['libcurl-openssl4', 'curl', 'Shared curl library built against OpenSSL'],
  ['libnghttp2-14', 'nghttp2', 'HTTP/2 shared library'],
  ['libbrotlicommon1', 'brotli', 'Shared dictionary and common code for brotli'],
  ['libbrotlidec1', 'brotli', 'Brotli decoder library'],
  ['libbrotlienc1', 'brotli', 'Brotli encoder library'],
  ['libzstd1', 'zstd', 'Zstandard compression shared library'],
  ['liblzma5', 'xz', 'LZMA compression shared library'],
  ['libbz2-1', 'bzip2', 'bzip2 compression shared library'],
  ['lz4-libs', 'lz4', 'LZ4 compression shared library'],
  ['krb5-libs', 'krb5', 'Kerberos 5 shared libraries'],
  ['krb5-conf', 'krb5', 'Default Kerberos configuration file'],
  ['keyutils-libs', 'keyutils', 'Shared library for the Linux key management facility'],
  ['libcom_err', 'e2fsprogs', 'Common error description library'],
  ['ncurses-terminfo-base', 'ncurses', 'Terminal descriptions for the most common terminals'],
  ['libncursesw6', 'ncurses', 'Wide-character ncurses shared library'],
  ['libcap-utils', 'libcap', 'Tools to inspect and set file capabilities'],
  ['libexpat1', 'expat', 'Expat XML parser shared library'],
  ['libxml2-utils', 'libxml2', 'xmllint and other libxml2 command-line tools'],
  ['icu-libs', 'icu', 'ICU shared libraries'],
  ['icu-data-full', 'icu', 'Complete ICU locale and conversion data'],
  ['libpcre2-8-0', 'pcre2', 'PCRE2 shared library for 8-bit code units'],
  ['libuuid', 'util-linux', 'Library for generating unique identifiers'],
  ['libblkid', 'util-linux', 'Block device identification library'],
  ['libmount', 'util-linux', 'Device mounting library'],
  ['libsmartcols', 'util-linux', 'Formatting library for tables and trees'],
  ['libfdisk', 'util-linux', 'Partition table manipulation library'],
  ['util-linux-misc', 'util-linux', 'Less common util-linux commands'],
  ['sqlite-libs', 'sqlite', 'SQLite shared library'],
  ['libmagic', 'file', 'File type detection library and magic database'],
  ['gpg', 'gnupg', 'OpenPGP encryption and signing tool'],
  ['gpgv', 'gnupg', 'Signature verification tool from GnuPG'],
  ['gpg-agent', 'gnupg', 'GnuPG private key management daemon'],
  ['openssh-client', 'openssh', 'OpenSSH client programs such as ssh and scp'],
  ['openssh-keygen', 'openssh', 'Key generation tool ssh-keygen'],
  ['openssh-server', 'openssh', 'OpenSSH sshd daemon'],
  ['openssh-sftp-server', 'openssh', 'SFTP server subsystem for sshd'],
  ['libldap', 'openldap', 'OpenLDAP client libraries'],
  ['git-daemon', 'git', 'Simple server for Git repositories'],
  ['git-email', 'git', 'git send-email and related tools'],
  ['git-svn', 'git', 'Bidirectional bridge between Git and Subversion'],
  ['bind-tools', 'bind', 'DNS lookup tools such as dig and nslookup'],
  ['bind-libs', 'bind', 'Shared libraries used by BIND and its tools'],
  ['nginx-package-config', 'nginx', 'Default nginx configuration for container images'],
  ['nginx-mod-stream', 'nginx', 'Dynamic nginx module for TCP and UDP proxying'],
  ['apache2-utils', 'apache2', 'Utilities such as htpasswd and ab'],
  ['docker-cli', 'docker', 'Docker command-line client'],
  ['containerd-shim-runc-v2', 'containerd', 'containerd shim for runc v2'],
  ['mariadb-11.4-client', 'mariadb-11.4', 'MariaDB 11.4 command-line client'],
  ['mysql-8.4-client', 'mysql-8.4', 'MySQL 8.4 command-line client'],
  ['mysql-8.0-client', 'mysql-8.0', 'MySQL 8.0 command-line client'],
  ['redis-8.0-cli', 'redis-8.0', 'Redis 8.0 command-line client'],
  ['redis-7.4-cli', 'redis-7.4', 'Redis 7.4 command-line client'],
  ['valkey-8.1-cli', 'valkey-8.1', 'Valkey 8.1 command-line client'],
  ['valkey-8.1-compat', 'valkey-8.1', 'Redis-compatible command names for Valkey 8.1'],
  ['linux-firmware-amd-ucode', 'linux-firmware', 'Microcode updates for AMD processors'],
  ['linux-firmware-amdgpu', 'linux-firmware', 'Firmware for AMD Radeon graphics'],
  ['linux-firmware-i915', 'linux-firmware', 'Firmware for Intel integrated graphics'],
  ['linux-firmware-mellanox', 'linux-firmware', 'Firmware for Mellanox network adapters'],
  ['linux-firmware-nvidia', 'linux-firmware', 'Firmware for NVIDIA GPUs'],
]

// ---------------------------------------------------------------------------------------------
// Derived families in the catalogue
// ---------------------------------------------------------------------------------------------
// prettier-ignore
const glibcLocales: ReadonlyArray<readonly [string, string]> = [
  ['de', 'German'], ['en', 'English'], ['es', 'Spanish'], ['fr', 'French'], ['it', 'Italian'],
  ['ja', 'Japanese'], ['ko', 'Korean'], ['nl', 'Dutch'], ['pt', 'Portuguese'], ['ru', 'Russian'], ['zh', 'Chinese'],
]

function streamSubRows(): SubRow[] {
  const rows: SubRow[] = []
  for (const [code, language] of glibcLocales) {
    rows.push([`glibc-locale-${code}`, 'glibc', `${language} locale data for glibc`])
  }
  for (const v of ['3.11', '3.12', '3.13']) {
    rows.push([
      `python-${v}-base`,
      `python-${v}`,
      `Minimal Python ${v} interpreter and core standard library`,
    ])
  }
  for (const v of ['11', '17', '21']) {
    const o = `openjdk-${v}`
    rows.push(
      [`${o}-jre`, o, `OpenJDK ${v} Java runtime with desktop support`],
      [`${o}-jre-base`, o, `Headless OpenJDK ${v} Java runtime`],
      [`${o}-default-jdk`, o, `Makes OpenJDK ${v} the default JDK`],
      [`${o}-default-jvm`, o, `Makes OpenJDK ${v} the default JVM`],
    )
  }
  for (const v of ['15', '16', '17']) {
    const o = `postgresql-${v}`
    rows.push(
      [`${o}-client`, o, `PostgreSQL ${v} command-line client psql`],
      [`${o}-contrib`, o, `Additional modules and extensions for PostgreSQL ${v}`],
      [`${o}-oci-entrypoint`, o, `Container entrypoint scripts for PostgreSQL ${v}`],
      [`libpq-${v}`, o, `PostgreSQL ${v} client library`],
    )
  }
  for (const v of ['8', '9']) {
    const o = `dotnet-${v}`
    rows.push(
      [`dotnet-${v}-sdk`, o, `.NET ${v} software development kit`],
      [`dotnet-${v}-runtime`, o, `.NET ${v} runtime`],
      [`aspnet-${v}-runtime`, o, `ASP.NET Core ${v} runtime`],
      [`dotnet-${v}-targeting-pack`, o, `.NET ${v} reference assemblies`],
      [`aspnet-${v}-targeting-pack`, o, `ASP.NET Core ${v} reference assemblies`],
    )
  }
  for (const v of ['8.2', '8.3', '8.4']) {
    const o = `php-${v}`
    rows.push(
      [`${o}-fpm`, o, `FastCGI process manager for PHP ${v}`],
      [`${o}-cgi`, o, `CGI binary for PHP ${v}`],
    )
    // PHP 8.2's extensions only come with generateCatalogue
    if (v !== '8.2') for (const ext of phpBundledExtensions) rows.push(phpExtensionRow(v, ext))
  }
  // zsh and fish completions only come with generateCatalogue
  for (const [tool] of completions) rows.push(completionRow(tool, 'bash'))
  return rows
}

export const phpExtensionRow = (php: string, ext: string): SubRow => [
  `php-${php}-${ext}`,
  `php-${php}`,
  `${ext} extension for PHP ${php}`,
]

export function completionRow(tool: string, shell: string): SubRow {
  const label = shell === 'bash' ? 'Bash' : shell === 'zsh' ? 'Zsh' : 'Fish'
  return [`${tool}-${shell}-completion`, tool, `${label} completion for ${tool}`]
}

export const phpBundledExtensions = words(`
  bcmath bz2 calendar ctype curl dom exif fileinfo ftp gd gettext gmp iconv intl ldap mbstring mysqli
  mysqlnd opcache openssl pcntl pdo pdo_mysql pdo_pgsql pdo_sqlite pgsql phar posix soap sockets sodium
  sqlite3 xml xmlreader xmlwriter xsl zip
`)

/** PECL extensions: [name, version, license, description]; php-8.3-<ext> and php-8.4-<ext> */
// prettier-ignore
const peclExtensions: ReadonlyArray<readonly [string, string, string, string]> = [
  ['apcu', '5.1.24', 'PHP-3.01', 'In-memory user data cache'],
  ['igbinary', '3.2.16', 'BSD-3-Clause', 'Compact binary serializer'],
  ['imagick', '3.8.0', 'PHP-3.01', 'ImageMagick bindings'],
  ['memcached', '3.3.0', 'PHP-3.01', 'Client for memcached using libmemcached'],
  ['redis', '6.2.0', 'PHP-3.01', 'Client for Redis and Valkey'],
  ['xdebug', '3.4.3', 'Xdebug-1.03', 'Debugger and profiler'],
]

/** [tool, shells] */
// prettier-ignore
export const completions: ReadonlyArray<readonly [string, string]> = [
  ['git', 'bash zsh'], ['docker', 'bash zsh fish'], ['helm', 'bash zsh'], ['gh', 'bash zsh fish'],
  ['k9s', 'bash'], ['kind', 'bash zsh'], ['crane', 'bash'], ['cosign', 'bash'], ['grype', 'bash'],
  ['syft', 'bash'], ['trivy', 'bash'], ['apko', 'bash'], ['melange', 'bash'], ['tmux', 'bash'],
  ['fd', 'bash zsh fish'], ['ripgrep', 'bash zsh fish'], ['bat', 'bash zsh fish'], ['fzf', 'bash zsh'],
  ['yq', 'bash'], ['curl', 'zsh fish'], ['pnpm', 'bash'], ['deno', 'bash zsh'], ['rust', 'bash zsh'],
  ['util-linux', 'bash'], ['iproute2', 'bash'], ['nftables', 'bash'], ['openssh', 'bash'],
  ['rsync', 'bash'], ['kustomize', 'bash'], ['opentofu', 'bash'],
]

/** Python modules: [pypi name, version, license, description]; built as py3-<m> and py3.X-<m> */
// prettier-ignore
export const pythonModules: ReadonlyArray<readonly [string, string, string, string]> = [
  ['aiohttp', '3.11.18', 'Apache-2.0', 'Asynchronous HTTP client and server for asyncio'],
  ['aiosignal', '1.3.2', 'Apache-2.0', 'Lists of callbacks for asyncio signals'],
  ['alembic', '1.16.1', 'MIT', 'Database migration tool for SQLAlchemy'],
  ['annotated-types', '0.7.0', 'MIT', 'Reusable constraint types for typing.Annotated'],
  ['ansible-core', '2.18.6', 'GPL-3.0-or-later', 'Radically simple IT automation engine'],
  ['anyio', '4.9.0', 'MIT', 'High-level async concurrency on top of asyncio or trio'],
  ['attrs', '25.3.0', 'MIT', 'Classes without boilerplate'],
  ['bcrypt', '4.3.0', 'Apache-2.0', 'Modern password hashing for software and servers'],
  ['beautifulsoup4', '4.13.4', 'MIT', 'Screen-scraping library for HTML and XML'],
  ['black', '25.1.0', 'MIT', 'Uncompromising Python code formatter'],
  ['blinker', '1.9.0', 'MIT', 'Fast, simple object-to-object signals'],
  ['boto3', '1.38.23', 'Apache-2.0', 'AWS SDK for Python'],
  ['botocore', '1.38.23', 'Apache-2.0', 'Low-level core of the AWS SDK for Python'],
  ['celery', '5.5.2', 'BSD-3-Clause', 'Distributed task queue'],
  ['certifi', '2025.4.26', 'MPL-2.0', 'Mozilla CA bundle for Python'],
  ['cffi', '1.17.1', 'MIT', 'Foreign function interface for calling C code'],
  ['charset-normalizer', '3.4.2', 'MIT', 'Detects the encoding of unknown text'],
  ['click', '8.2.1', 'BSD-3-Clause', 'Composable command-line interface toolkit'],
  ['colorama', '0.4.6', 'BSD-3-Clause', 'Cross-platform colored terminal text'],
  ['coverage', '7.8.2', 'Apache-2.0', 'Code coverage measurement for Python'],
  ['cryptography', '45.0.3', 'Apache-2.0 OR BSD-3-Clause', 'Cryptographic recipes and primitives'],
  ['cython', '3.1.1', 'Apache-2.0', 'Compiler for C extensions written in a Python superset'],
  ['decorator', '5.2.1', 'BSD-2-Clause', 'Helpers for writing signature-preserving decorators'],
  ['distlib', '0.3.9', 'PSF-2.0', 'Low-level packaging utilities'],
  ['django', '5.2.1', 'BSD-3-Clause', 'High-level web framework for rapid development'],
  ['docker', '7.1.0', 'Apache-2.0', 'Client for the Docker Engine API'],
  ['docutils', '0.21.2', 'BSD-2-Clause', 'Processes reStructuredText into other formats'],
  ['fastapi', '0.115.12', 'MIT', 'Fast web framework for building APIs with type hints'],
  ['filelock', '3.18.0', 'Unlicense', 'Platform-independent file locking'],
  ['flake8', '7.2.0', 'MIT', 'Modular source code checker'],
  ['flask', '3.1.1', 'BSD-3-Clause', 'Lightweight WSGI web application framework'],
  ['flit-core', '3.12.0', 'BSD-3-Clause', 'Minimal build backend for simple packages'],
  ['frozenlist', '1.6.0', 'Apache-2.0', 'List-like structure that can be frozen'],
  ['fsspec', '2025.5.1', 'BSD-3-Clause', 'Uniform interface to local and remote filesystems'],
  ['google-auth', '2.40.2', 'Apache-2.0', 'Google authentication library'],
  ['googleapis-common-protos', '1.70.0', 'Apache-2.0', 'Common protobufs used by Google APIs'],
  ['greenlet', '3.2.2', 'MIT AND PSF-2.0', 'Lightweight in-process concurrent programming'],
  ['grpcio', '1.72.0', 'Apache-2.0', 'HTTP/2-based RPC framework'],
  ['gunicorn', '23.0.0', 'MIT', 'WSGI HTTP server for Unix'],
  ['h11', '0.16.0', 'MIT', 'Pure-Python, bring-your-own-I/O HTTP/1.1'],
  ['hatchling', '1.27.0', 'MIT', 'Modern, extensible build backend'],
  ['httpcore', '1.0.9', 'BSD-3-Clause', 'Minimal low-level HTTP client'],
  ['httpx', '0.28.1', 'BSD-3-Clause', 'Next-generation HTTP client with sync and async APIs'],
  ['huggingface-hub', '0.32.2', 'Apache-2.0', 'Client for the Hugging Face Hub'],
  ['idna', '3.10', 'BSD-3-Clause', 'Internationalized domain names in applications'],
  ['importlib-metadata', '8.7.0', 'Apache-2.0', 'Reads metadata from installed packages'],
  ['iniconfig', '2.1.0', 'MIT', 'Brain-dead simple INI file parsing'],
  ['isort', '6.0.1', 'MIT', 'Sorts Python imports'],
  ['itsdangerous', '2.2.0', 'BSD-3-Clause', 'Signs data to pass it safely to untrusted places'],
  ['jinja2', '3.1.6', 'BSD-3-Clause', 'Fast, expressive template engine'],
  ['jmespath', '1.0.1', 'MIT', 'Declarative JSON query language'],
  ['joblib', '1.5.1', 'BSD-3-Clause', 'Lightweight pipelining and parallel computing'],
  ['jsonschema', '4.24.0', 'MIT', 'JSON Schema validation'],
  ['kafka-python', '2.2.10', 'Apache-2.0', 'Pure-Python client for Apache Kafka'],
  ['kombu', '5.5.3', 'BSD-3-Clause', 'Messaging library used by Celery'],
  ['kubernetes', '32.0.1', 'Apache-2.0', 'Client for the Kubernetes API'],
  ['lxml', '5.4.0', 'BSD-3-Clause', 'XML and HTML processing built on libxml2 and libxslt'],
  ['markdown', '3.8', 'BSD-3-Clause', 'Implementation of Markdown in Python'],
  ['markupsafe', '3.0.2', 'BSD-3-Clause', 'Safely escapes strings for HTML and XML'],
  ['matplotlib', '3.10.3', 'PSF-2.0', 'Plotting library for static, animated and interactive figures'],
  ['more-itertools', '10.7.0', 'MIT', 'More routines for operating on iterables'],
  ['mpmath', '1.3.0', 'BSD-3-Clause', 'Arbitrary-precision floating-point arithmetic'],
  ['msgpack', '1.1.0', 'Apache-2.0', 'MessagePack serializer'],
  ['multidict', '6.4.4', 'Apache-2.0', 'Dictionary that holds several values per key'],
  ['mypy', '1.15.0', 'MIT', 'Optional static type checker'],
  ['networkx', '3.4.2', 'BSD-3-Clause', 'Creates and analyses complex networks'],
  ['numpy', '2.2.6', 'BSD-3-Clause', 'Fundamental package for array computing'],
  ['openai', '1.82.0', 'Apache-2.0', 'Client library for the OpenAI API'],
  ['opentelemetry-api', '1.33.1', 'Apache-2.0', 'OpenTelemetry tracing and metrics API'],
  ['opentelemetry-sdk', '1.33.1', 'Apache-2.0', 'OpenTelemetry reference SDK'],
  ['orjson', '3.10.18', 'Apache-2.0 OR MIT', 'Fast JSON library with dataclass support'],
  ['packaging', '25.0', 'Apache-2.0 OR BSD-2-Clause', 'Core utilities for version and requirement handling'],
  ['pandas', '2.2.3', 'BSD-3-Clause', 'Data structures and analysis tools for tabular data'],
  ['paramiko', '3.5.1', 'LGPL-2.1-or-later', 'SSHv2 protocol implementation'],
  ['pillow', '11.2.1', 'MIT-CMU', 'Imaging library for opening and editing images'],
  ['pip', '25.1.1', 'MIT', 'Installer for Python packages'],
  ['platformdirs', '4.3.8', 'MIT', 'Finds platform-specific user directories'],
  ['pluggy', '1.6.0', 'MIT', 'Plugin and hook calling mechanism'],
  ['poetry-core', '2.1.3', 'MIT', 'Build backend used by Poetry'],
  ['prometheus-client', '0.22.0', 'Apache-2.0', 'Prometheus instrumentation library'],
  ['protobuf', '6.31.0', 'BSD-3-Clause', 'Protocol Buffers runtime'],
  ['psutil', '7.0.0', 'BSD-3-Clause', 'Process and system utilization information'],
  ['psycopg', '3.2.9', 'LGPL-3.0-only', 'PostgreSQL database adapter, version 3'],
  ['psycopg2', '2.9.10', 'LGPL-3.0-or-later', 'PostgreSQL database adapter'],
  ['pycparser', '2.22', 'BSD-3-Clause', 'C parser written in pure Python'],
  ['pydantic', '2.11.5', 'MIT', 'Data validation using type hints'],
  ['pydantic-core', '2.33.2', 'MIT', 'Core validation logic for pydantic'],
  ['pygments', '2.19.1', 'BSD-2-Clause', 'Syntax highlighting package'],
  ['pyjwt', '2.10.1', 'MIT', 'JSON Web Token implementation'],
  ['pylint', '3.3.7', 'GPL-2.0-or-later', 'Static code analyser'],
  ['pymongo', '4.13.0', 'Apache-2.0', 'Driver for MongoDB'],
  ['pymysql', '1.1.1', 'MIT', 'Pure-Python MySQL client'],
  ['pyopenssl', '25.1.0', 'Apache-2.0', 'Wrapper around parts of OpenSSL'],
  ['pytest', '8.3.5', 'MIT', 'Testing framework with simple assert statements'],
  ['python-dateutil', '2.9.0', 'Apache-2.0 OR BSD-3-Clause', 'Extensions to the standard datetime module'],
  ['python-dotenv', '1.1.0', 'BSD-3-Clause', 'Reads key-value pairs from .env files'],
  ['pytz', '2025.2', 'MIT', 'World time zone definitions'],
  ['pyyaml', '6.0.2', 'MIT', 'YAML parser and emitter'],
  ['redis', '6.2.0', 'MIT', 'Client for Redis and Valkey'],
  ['regex', '2024.11.6', 'Apache-2.0 AND CNRI-Python', 'Alternative regular expression module'],
  ['requests', '2.32.3', 'Apache-2.0', 'Simple, elegant HTTP client library'],
  ['rich', '14.0.0', 'MIT', 'Rich text and formatting in the terminal'],
  ['rpds-py', '0.25.1', 'MIT', 'Persistent data structures implemented in Rust'],
  ['ruff', '0.11.11', 'MIT', 'Extremely fast linter and code formatter'],
  ['s3transfer', '0.13.0', 'Apache-2.0', 'Transfer manager for Amazon S3'],
  ['safetensors', '0.5.3', 'Apache-2.0', 'Safe, fast file format for storing tensors'],
  ['scikit-learn', '1.6.1', 'BSD-3-Clause', 'Machine learning algorithms built on NumPy and SciPy'],
  ['scipy', '1.15.3', 'BSD-3-Clause', 'Scientific computing: optimization, statistics and more'],
  ['setuptools', '80.9.0', 'MIT', 'Builds and distributes Python packages'],
  ['setuptools-scm', '8.3.1', 'MIT', 'Derives package versions from SCM metadata'],
  ['simplejson', '3.20.1', 'MIT OR AFL-2.1', 'Simple, fast, extensible JSON encoder and decoder'],
  ['six', '1.17.0', 'MIT', 'Python 2 and 3 compatibility utilities'],
  ['sniffio', '1.3.1', 'MIT OR Apache-2.0', 'Detects which async library is running'],
  ['soupsieve', '2.7', 'MIT', 'CSS selector library for Beautiful Soup'],
  ['sphinx', '8.2.3', 'BSD-2-Clause', 'Documentation generator'],
  ['sqlalchemy', '2.0.41', 'MIT', 'SQL toolkit and object-relational mapper'],
  ['starlette', '0.46.2', 'BSD-3-Clause', 'Lightweight ASGI framework and toolkit'],
  ['sympy', '1.14.0', 'BSD-3-Clause', 'Computer algebra system'],
  ['tabulate', '0.9.0', 'MIT', 'Pretty-prints tabular data'],
  ['threadpoolctl', '3.6.0', 'BSD-3-Clause', 'Limits threads used by native thread pools'],
  ['tokenizers', '0.21.1', 'Apache-2.0', 'Fast tokenizers for research and production'],
  ['tomli', '2.2.1', 'MIT', 'TOML parser'],
  ['torch', '2.7.0', 'BSD-3-Clause', 'Tensors and neural networks with GPU acceleration'],
  ['tox', '4.26.0', 'MIT', 'Virtualenv-based test automation'],
  ['tqdm', '4.67.1', 'MPL-2.0 AND MIT', 'Fast, extensible progress bar'],
  ['transformers', '4.52.3', 'Apache-2.0', 'State-of-the-art pretrained models for text, vision and audio'],
  ['typing-extensions', '4.13.2', 'PSF-2.0', 'Backported and experimental type hints'],
  ['urllib3', '2.4.0', 'MIT', 'HTTP client with connection pooling and TLS verification'],
  ['uvicorn', '0.34.2', 'BSD-3-Clause', 'Lightning-fast ASGI server'],
  ['virtualenv', '20.31.2', 'MIT', 'Creates isolated Python environments'],
  ['websocket-client', '1.8.0', 'Apache-2.0', 'WebSocket client'],
  ['websockets', '15.0.1', 'BSD-3-Clause', 'WebSocket servers and clients'],
  ['werkzeug', '3.1.3', 'BSD-3-Clause', 'Comprehensive WSGI web application library'],
  ['wheel', '0.45.1', 'MIT', 'Command-line tool for the wheel packaging format'],
  ['wrapt', '1.17.2', 'BSD-2-Clause', 'Decorators, wrappers and monkey patching'],
  ['yarl', '1.20.0', 'Apache-2.0', 'Yet another URL library'],
  ['zipp', '3.21.0', 'MIT', 'Pathlib-compatible wrapper for zip files'],
]
const catalogueLanguages = ['3.11', '3.12', '3.13']

/** Ruby gems: [gem, version, license, description]; ruby3.4-<gem> in the catalogue, 3.2 and 3.3 generated */
// prettier-ignore
export const rubyGems: ReadonlyArray<readonly [string, string, string, string]> = [
  ['activesupport', '8.0.2', 'MIT', 'Utility classes and extensions from Rails'],
  ['addressable', '2.8.7', 'Apache-2.0', 'URI implementation following RFC 3986'],
  ['aws-sdk-core', '3.224.0', 'Apache-2.0', 'Core runtime of the AWS SDK for Ruby'],
  ['bigdecimal', '3.1.9', 'Ruby OR BSD-2-Clause', 'Arbitrary-precision decimal arithmetic'],
  ['bundler', '2.6.9', 'MIT', 'Manages gem dependencies for Ruby applications'],
  ['concurrent-ruby', '1.3.5', 'MIT', 'Modern concurrency tools for Ruby'],
  ['faraday', '2.13.1', 'MIT', 'HTTP client library with middleware'],
  ['ffi', '1.17.2', 'BSD-3-Clause', 'Loads dynamic libraries and binds functions'],
  ['fluentd', '1.18.0', 'Apache-2.0', 'Unified logging layer and data collector'],
  ['i18n', '1.14.7', 'MIT', 'Internationalization support for Ruby'],
  ['json', '2.12.2', 'Ruby', 'JSON implementation as a Ruby extension'],
  ['minitest', '5.25.5', 'MIT', 'Complete suite of testing facilities'],
  ['msgpack', '1.8.0', 'Apache-2.0', 'MessagePack serializer for Ruby'],
  ['mysql2', '0.5.6', 'MIT', 'Fast MySQL driver for Ruby'],
  ['net-http', '0.6.0', 'Ruby OR BSD-2-Clause', 'HTTP client API for Ruby'],
  ['nokogiri', '1.18.8', 'MIT', 'HTML and XML parser for Ruby'],
  ['pg', '1.5.9', 'BSD-2-Clause', 'Ruby interface to PostgreSQL'],
  ['public_suffix', '6.0.2', 'MIT', 'Parses domain names using the Public Suffix List'],
  ['puma', '6.6.0', 'BSD-3-Clause', 'Concurrent web server for Ruby and Rack'],
  ['racc', '1.8.1', 'Ruby OR BSD-2-Clause', 'LALR(1) parser generator for Ruby'],
  ['rack', '3.1.15', 'MIT', 'Modular interface between web servers and frameworks'],
  ['rails', '8.0.2', 'MIT', 'Full-stack web application framework'],
  ['rake', '13.3.0', 'MIT', 'Make-like build utility for Ruby'],
  ['redis', '5.4.0', 'MIT', 'Ruby client for Redis'],
  ['rspec-core', '3.13.3', 'MIT', 'Runner and formatters for RSpec'],
  ['rubocop', '1.75.8', 'MIT', 'Static code analyzer and formatter for Ruby'],
  ['sidekiq', '8.0.3', 'LGPL-3.0-only', 'Background job processing for Ruby'],
  ['sinatra', '4.1.1', 'MIT', 'DSL for quickly creating web applications'],
  ['thor', '1.3.2', 'MIT', 'Toolkit for building command-line interfaces'],
  ['tzinfo', '2.0.6', 'MIT', 'Time zone library for Ruby'],
  ['zeitwerk', '2.7.3', 'MIT', 'Efficient and thread-safe code loader'],
]
const catalogueRubies = ['3.4']

/** Perl modules: [dist name, version, description] */
// prettier-ignore
const perlModules: ReadonlyArray<readonly [string, string, string]> = [
  ['authen-sasl', '2.1800', 'SASL authentication framework'],
  ['capture-tiny', '0.50', 'Captures STDOUT and STDERR from Perl, XS or external programs'],
  ['cgi', '4.68', 'Handles Common Gateway Interface requests and responses'],
  ['class-method-modifiers', '2.15', 'Moose-like method modifiers'],
  ['clone', '0.47', 'Recursively copies Perl data types'],
  ['datetime', '1.66', 'Date and time object for Perl'],
  ['dbd-mysql', '5.012', 'MySQL driver for DBI'],
  ['dbd-pg', '3.18.0', 'PostgreSQL driver for DBI'],
  ['dbd-sqlite', '1.76', 'Self-contained RDBMS in a DBI driver'],
  ['dbi', '1.647', 'Database independent interface for Perl'],
  ['devel-stacktrace', '2.05', 'Object representing a stack trace'],
  ['digest-hmac', '1.05', 'Keyed-hashing for message authentication'],
  ['digest-sha1', '2.13', 'Perl interface to the SHA-1 algorithm'],
  ['encode-locale', '1.05', 'Determines the locale encoding'],
  ['error', '0.17030', 'Error and exception handling in an object-oriented style'],
  ['exporter-tiny', '1.006002', 'Exporter with the features of Sub::Exporter'],
  ['file-slurp', '9999.32', 'Simple and efficient reading and writing of whole files'],
  ['file-which', '1.27', 'Portable implementation of the which command'],
  ['html-parser', '3.83', 'HTML parser class'],
  ['html-tagset', '3.24', 'Data tables useful for parsing HTML'],
  ['http-date', '6.06', 'Date conversion routines for HTTP'],
  ['http-message', '7.00', 'HTTP-style message objects'],
  ['io-socket-ssl', '2.089', 'SSL sockets with an IO::Socket interface'],
  ['io-tty', '1.20', 'Low-level allocation of pseudo-terminals'],
  ['json', '4.10', 'JSON encoder and decoder'],
  ['json-xs', '4.03', 'Fast JSON serialising written in C'],
  ['libwww', '6.78', 'The World-Wide Web library for Perl'],
  ['list-moreutils', '0.430', 'Additional list utilities beyond List::Util'],
  ['log-log4perl', '1.57', 'Log4j implementation for Perl'],
  ['lwp-protocol-https', '6.14', 'HTTPS support for LWP::UserAgent'],
  ['module-build', '0.4234', 'Builds and installs Perl modules'],
  ['module-runtime', '0.016', 'Runtime module handling'],
  ['mojolicious', '9.40', 'Real-time web framework'],
  ['moo', '2.005005', 'Minimalist object orientation with Moose compatibility'],
  ['mozilla-ca', '20250202', 'Mozilla CA certificate store in PEM format'],
  ['net-smtp-ssl', '1.04', 'SSL support for Net::SMTP'],
  ['net-ssleay', '1.94', 'Perl bindings for OpenSSL and LibreSSL'],
  ['params-util', '1.102', 'Simple, compact and correct parameter checking'],
  ['path-tiny', '0.148', 'File path utility'],
  ['plack', '1.0051', 'Perl superglue for web frameworks and servers'],
  ['role-tiny', '2.002004', 'Roles with a minimal footprint'],
  ['scalar-list-utils', '1.68', 'Common scalar and list utility subroutines'],
  ['sub-install', '0.929', 'Installs subroutines into packages easily'],
  ['sub-quote', '2.006008', 'Efficient generation of subroutines via string eval'],
  ['template-toolkit', '3.102', 'Comprehensive template processing system'],
  ['term-readkey', '2.38', 'Simple terminal control'],
  ['test-deep', '1.205', 'Extremely flexible deep comparison'],
  ['test-fatal', '0.017', 'Tests exceptions incredibly simply'],
  ['test-warnings', '0.038', 'Tests for warnings and the lack of them'],
  ['text-csv', '2.06', 'Comma-separated values manipulator'],
  ['timedate', '2.33', 'Date formatting subroutines'],
  ['try-tiny', '0.32', 'Minimal try/catch with proper preservation of $@'],
  ['type-tiny', '2.008002', 'Tiny, yet Moo(se)-compatible type constraints'],
  ['uri', '5.32', 'Uniform Resource Identifiers'],
  ['xml-libxml', '2.0210', 'Interface to libxml2'],
  ['xml-parser', '2.47', 'Perl module for parsing XML documents'],
  ['xml-simple', '2.25', 'Easily reads and writes XML'],
  ['yaml', '1.31', 'YAML Ain’t Markup Language in pure Perl'],
  ['yaml-libyaml', '0.903.0', 'Perl YAML serialization using libyaml'],
]

/** Lua modules: [name, version, license, description]; lua5.4-<m> in the catalogue, 5.1 and 5.3 generated */
// prettier-ignore
export const luaModules: ReadonlyArray<readonly [string, string, string, string]> = [
  ['cjson', '2.1.0', 'MIT', 'Fast JSON encoding and parsing'],
  ['lpeg', '1.1.0', 'MIT', 'Parsing expression grammars'],
  ['luafilesystem', '1.8.0', 'MIT', 'File system access beyond the standard library'],
  ['socket', '3.1.0', 'MIT', 'Network support for TCP and UDP'],
]

function defaultEpoch(name: string): number {
  return hashString(name) % 4
}

function pkg(
  name: string,
  version: string,
  epoch: number,
  license: string,
  description: string,
  origin: string,
  archs: readonly Arch[] = x86Only.has(name) ? X86 : BOTH,
): SeedPackage {
  return { name, version, epoch, description, license, origin, archs: [...archs] }
}

function buildCatalogue(): SeedPackage[] {
  const out: SeedPackage[] = []
  const mains = new Map<string, MainRow>()
  for (const row of mainRows) {
    const [name, version, epoch, license, description, subs = ''] = row
    mains.set(name, row)
    out.push(pkg(name, version, epoch, license, description, name))
    for (const kind of subs ? words(subs) : []) {
      const about = kind === 'dev' ? `headers and development files for ${name}` : `documentation for ${name}`
      out.push(pkg(`${name}-${kind}`, version, epoch, license, about, name))
    }
  }
  for (const [name, origin, description] of [...subRows, ...streamSubRows()]) {
    const main = mains.get(origin)
    if (!main) throw new Error(`seed: subpackage ${name} has unknown origin ${origin}`)
    out.push(pkg(name, main[1], main[2], main[3], description, origin))
  }
  for (const [mod, version, license, description] of pythonModules) {
    const origin = `py3-${mod}`
    const epoch = defaultEpoch(origin)
    out.push(pkg(origin, version, epoch, license, `${description} (default Python)`, origin))
    for (const py of catalogueLanguages) {
      out.push(pkg(`py${py}-${mod}`, version, epoch, license, `${description} (Python ${py})`, origin))
    }
  }
  for (const [gem, version, license, description] of rubyGems) {
    for (const rb of catalogueRubies) {
      const name = `ruby${rb}-${gem}`
      out.push(pkg(name, version, defaultEpoch(name), license, `${description} (Ruby ${rb})`, name))
    }
  }
  for (const [mod, version, description] of perlModules) {
    const name = `perl-${mod}`
    out.push(pkg(name, version, defaultEpoch(name), PERL_LICENSE, description, name))
  }
  for (const [mod, version, license, description] of luaModules) {
    for (const lua of ['5.4']) {
      const name = `lua${lua}-${mod}`
      out.push(pkg(name, version, defaultEpoch(name), license, `${description} (Lua ${lua})`, name))
    }
  }
  for (const [ext, version, license, description] of peclExtensions) {
    const origin = `php-${ext}`
    const epoch = defaultEpoch(origin)
    out.push(pkg(origin, version, epoch, license, `${description} for PHP (PECL)`, origin))
    for (const php of ['8.3', '8.4']) {
      out.push(pkg(`php-${php}-${ext}`, version, epoch, license, `${description} for PHP ${php}`, origin))
    }
  }
  return out.sort(byName)
}

/** The standard catalogue, sorted by name. */
export const catalogue: readonly SeedPackage[] = buildCatalogue()

/** Pairs that install the same path; never both base packages of one image. */
export const fileConflicts: readonly SeedFileConflict[] = [
  { packages: ['busybox', 'coreutils'], path: '/usr/bin/ls' },
  { packages: ['openssl', 'libressl'], path: '/usr/bin/openssl' },
  { packages: ['nodejs-20', 'nodejs-22'], path: '/usr/bin/node' },
  { packages: ['python-3.12', 'python-3.13'], path: '/usr/bin/python3' },
  { packages: ['openjdk-17-default-jvm', 'openjdk-21-default-jvm'], path: '/usr/lib/jvm/default-jvm' },
  { packages: ['mariadb-11.4-client', 'mysql-8.4-client'], path: '/usr/bin/mysql' },
  { packages: ['nginx', 'nginx-stable'], path: '/usr/sbin/nginx' },
  { packages: ['redis-8.0', 'valkey-8.1-compat'], path: '/usr/bin/redis-server' },
]
