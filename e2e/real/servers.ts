import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository, where `npm run mock-api` and `vite preview` run. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** The real-mode build that `npm run test:e2e` makes beside the demo's `dist`. */
export const REAL_BUILD = join(ROOT, 'dist-real')

export interface Server {
  stop(): Promise<void>
}

/**
 * Starts a long-running command in its own process group, waits until `ready` answers, and stops
 * the whole group (npm, its shell, node) when asked. Fails with the command's output if it exits.
 */
async function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: () => Promise<boolean>) {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let gone = false
  void exited.then(() => (gone = true))

  const deadline = Date.now() + 60_000
  while (!(await ready().catch(() => false))) {
    if (gone || Date.now() > deadline) {
      stopGroup(child)
      throw new Error(`${command} ${args.join(' ')} did not start:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    stop: async () => {
      if (!gone) stopGroup(child)
      await exited
    },
  }
}

function stopGroup(child: ChildProcess) {
  if (child.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

const answers = (url: string, status: (code: number) => boolean) => async () =>
  status((await fetch(url)).status)

/**
 * `npm run mock-api` with a known token and the control path; builds run four times as fast.
 * `env` adds to its settings (e.g. `MOCK_SCENARIO`).
 */
export function startMockApi(port: number, token: string, env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const url = `http://localhost:${port}`
  return start(
    'npm',
    ['run', 'mock-api'],
    {
      MOCK_API_PORT: String(port),
      MOCK_API_TOKEN: token,
      MOCK_API_CONTROL: '1',
      MOCK_BUILD_SPEED: '4',
      ...env,
    },
    // the API answers 401 to a call without the token: it is up
    answers(`${url}/iam/v1/groups`, (code) => code === 401),
  )
}

/** `vite preview` of the real-mode build, forwarding the API paths to `apiUrl` (vite.config.ts). */
export function startPreview(port: number, apiUrl: string): Promise<Server> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  return start(
    process.execPath,
    [vite, 'preview', '--outDir', REAL_BUILD, '--port', String(port), '--strictPort'],
    { VITE_API_URL: apiUrl },
    answers(`http://localhost:${port}/`, (code) => code === 200),
  )
}

/** Where `nginx` is (on PATH, or in /usr/sbin, which a user's PATH may leave out), or undefined. */
export function findNginx(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' })
  if (found.status === 0) return found.stdout.trim()
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined
}

/**
 * nginx in the foreground with the README's configuration (`docs/nginx.conf`, the very text the
 * README quotes), its upstream and root pointed at the mock API and the real-mode build, inside a
 * minimal `http` block whose pid, logs and temporary files live in a folder of its own.
 */
export async function startNginx(nginx: string, port: number, apiPort: number): Promise<Server> {
  const folder = mkdtempSync(join(tmpdir(), 'assembly-console-nginx-'))
  // the worker processes (nobody, when started as root) write their temporary files here
  chmodSync(folder, 0o755)
  writeFileSync(join(folder, 'assembly-console.conf'), renderReadmeConfig(apiPort))
  const mimeTypes = join(dirname(nginxConfPath(nginx)), 'mime.types')
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${join(folder, name)};`)
    .join('\n')
  writeFileSync(
    join(folder, 'nginx.conf'),
    `worker_processes 1;
pid ${join(folder, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
${temp}
  server {
    listen 127.0.0.1:${port};
    include ${join(folder, 'assembly-console.conf')};
  }
}
`,
  )
  const server = await start(
    nginx,
    ['-p', folder, '-e', 'stderr', '-c', join(folder, 'nginx.conf'), '-g', 'daemon off;'],
    {},
    answers(`http://localhost:${port}/`, (code) => code === 200),
  )
  return {
    stop: async () => {
      await server.stop()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

/** Where this nginx reads its own configuration (its `mime.types` lies beside it). */
function nginxConfPath(nginx: string): string {
  const { stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' })
  return /--conf-path=(\S+)/.exec(stderr)?.[1] ?? '/etc/nginx/nginx.conf'
}

/** The configuration the README shows, with the API's address and the build's folder of this run. */
function renderReadmeConfig(apiPort: number): string {
  const text = readFileSync(join(ROOT, 'docs', 'nginx.conf'), 'utf8')
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  if (!readme.includes(`\`\`\`nginx\n${text}\`\`\``)) {
    throw new Error('README.md must quote docs/nginx.conf as it is, in a ```nginx block')
  }
  const replacements: Array<[string, string]> = [
    ['https://console-api.enforce.dev', `http://localhost:${apiPort}`],
    ['Host console-api.enforce.dev', `Host localhost:${apiPort}`],
    ['/srv/assembly-console/dist', REAL_BUILD],
  ]
  return replacements.reduce((config, [from, to]) => {
    if (!config.includes(from)) throw new Error(`docs/nginx.conf no longer says "${from}"`)
    return config.replaceAll(from, to)
  }, text)
}
