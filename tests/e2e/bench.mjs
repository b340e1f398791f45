// Start-up benchmark: Leerteam to its unlock screen against a bare Tauri window built the same way,
// measured in the same run over WebDriver, with the resident memory of each one's whole process tree
// (the app and its WebKit web and network processes). The two alternate, round by round, so that a
// machine busier for a moment weighs on both; the median is reported with the min and max so the
// noise is visible. Prints one JSON object a line, like `leerteam bench`.
//   node tests/e2e/bench.mjs APP_BINARY BARE_BINARY [rounds, default 11]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session, waitForPort } from './webdriver.mjs';

const [appBinary, bareBinary, roundsArg] = process.argv.slice(2);
const rounds = Math.max(1, Number(roundsArg ?? 11));
// The `leerteam` CLI is built beside the app; it makes the vault the app opens on.
const cli = join(resolve(appBinary, '..'), 'leerteam');

const app = await prepare(resolve(appBinary), '#passphrase', 4600);
// Each driver's WebKitWebDriver listens 100 above it: the ports must not meet.
const bare = await prepare(resolve(bareBinary), '#ready', 4800);
try {
  // Round 0 is a warm-up for each (driver start, disk cache) and is not counted.
  for (let i = 0; i <= rounds; i++) {
    for (const subject of [app, bare]) {
      const { start, rss } = await measureOnce(subject);
      if (i > 0) {
        subject.starts.push(start);
        subject.rss.push(rss);
      }
    }
  }
} finally {
  app.driver.kill();
  bare.driver.kill();
}
print('app_start_ms', app.starts, 'ms', bare.starts);
print('bare_start_ms', bare.starts, 'ms');
print('app_rss_mib', app.rss, 'MiB', bare.rss);
print('bare_rss_mib', bare.rss, 'MiB');

function print(name, values, unit, against) {
  const round = (v) => Math.round(v * 1000) / 1000;
  const line = { name, value: round(median(values)), unit, min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.length };
  if (against !== undefined) line.ratio = round(median(values) / median(against));
  console.log(JSON.stringify(line));
}

async function prepare(binary, readySelector, port) {
  const root = mkdtempSync(join(tmpdir(), 'leerteam-bench-'));
  const dirs = Object.fromEntries(['home', 'data', 'config', 'cache', 'tmp', 'vault'].map((d) => [d, join(root, d)]));
  Object.values(dirs).forEach((d) => mkdirSync(d));
  // A vault exists, so Leerteam opens on its unlock screen as it does for a facilitator every day.
  const env = {
    ...process.env, HOME: dirs.home, XDG_DATA_HOME: dirs.data, XDG_CONFIG_HOME: dirs.config, XDG_CACHE_HOME: dirs.cache,
    TMPDIR: dirs.tmp, NO_AT_BRIDGE: '1', LEERTEAM_VAULT_DIR: dirs.vault, LEERTEAM_PASSPHRASE: 'bench passphrase',
  };
  await run(cli, ['vault', 'init', dirs.vault, '--work-factor', '10', '--recovery-key-out', join(root, 'key.txt')], env);
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 100)], { env, stdio: 'ignore' });
  await waitForPort(port);
  return { binary, readySelector, port, driver, starts: [], rss: [] };
}

async function measureOnce({ binary, readySelector, port }) {
  const t0 = performance.now();
  const session = await Session.start(`http://127.0.0.1:${port}`, binary);
  try {
    await session.waitFor(readySelector, () => true, 30000);
    const start = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 1500)); // let memory settle after the first paint
    return { start, rss: treeRssMiB(binary) };
  } finally {
    await session.close();
  }
}

/** Resident memory of every process running `binary` and all their descendants, in MiB. */
function treeRssMiB(binary) {
  const procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)[1]);
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      let exe = '';
      try { exe = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]; } catch {}
      return { pid: Number(pid), ppid, rss, exe };
    } catch {
      return null;
    }
  }).filter(Boolean);
  const roots = procs.filter((p) => p.exe === binary).map((p) => p.pid);
  const tree = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) { tree.add(p.pid); grew = true; }
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.rss, 0) / 1024;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function run(command, args, env) {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { env, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${command} exited ${code}`))));
  });
}
