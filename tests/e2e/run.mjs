// End-to-end tests of the real Leerteam binary: one tauri-driver per scenario, each with its own
// home, data, config, cache and temp folders, so that nothing is shared and everything can be scanned.
//   node tests/e2e/run.mjs APP_BINARY OUT_DIR [scenario…]
// Run it under `dbus-run-session -- xvfb-run -a` (scripts/e2e.sh does).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session, waitForPort } from './webdriver.mjs';
import { PASSPHRASE_FOR_CLI, scenarios } from './scenarios.mjs';

const [binary, outDir, ...only] = process.argv.slice(2);
if (!binary || !outDir) {
  console.error('usage: node tests/e2e/run.mjs APP_BINARY OUT_DIR [scenario…]');
  process.exit(2);
}
const application = resolve(binary);
mkdirSync(outDir, { recursive: true });

const chosen = scenarios.filter((s) => only.length === 0 || only.includes(s.name));
console.log(`e2e scenarios (${chosen.length}):`);
for (const s of chosen) console.log(`  - ${s.name}: ${s.title}`);

/** One scenario's machine: folders, a tauri-driver, and the app session(s) it drives. */
class World {
  constructor(name, port, outDir) {
    this.name = name;
    this.port = port;
    this.outDir = outDir;
    this.root = mkdtempSync(join(tmpdir(), `leerteam-e2e-${name}-`));
    this.vault = join(this.root, 'vault');
    this.dirs = ['home', 'data', 'config', 'cache', 'tmp'].map((d) => join(this.root, d));
    this.dirs.forEach((d) => mkdirSync(d));
  }

  /** Runs the `leerteam` CLI built beside the app, with this scenario's environment. */
  cli(args) {
    // Exit code 4 is "already open": a quit app may hold the vault's lock for a moment longer.
    for (let attempt = 1; ; attempt++) {
      const result = spawnSync(join(application, '..', 'leerteam'), args, { env: this.env({ LEERTEAM_PASSPHRASE: PASSPHRASE_FOR_CLI }), encoding: 'utf8' });
      if (result.status === 0) return result.stdout;
      if (result.status !== 4 || attempt >= 50) throw new Error(`leerteam ${args.join(' ')}: ${result.stderr}`);
      spawnSync('sleep', ['0.1']);
    }
  }

  env(extra = {}) {
    const [home, data, config, cache, tmp] = this.dirs;
    return {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: data,
      XDG_CONFIG_HOME: config,
      XDG_CACHE_HOME: cache,
      TMPDIR: tmp,
      NO_AT_BRIDGE: '1',
      LANG: 'en_GB.UTF-8',
      LEERTEAM_VAULT_DIR: this.vault,
      LEERTEAM_TEST_WORK_FACTOR: '10',
      ...extra,
    };
  }

  async boot() {
    this.driver = spawn('tauri-driver', ['--port', String(this.port), '--native-port', String(this.port + 100)], {
      env: this.env(this.appEnv),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.driverLog = '';
    this.driver.stderr.on('data', (d) => (this.driverLog += d));
    await waitForPort(this.port, 20000);
    await this.launch();
  }

  /** Starts the app (again): a new session is a new process of the binary. */
  async launch() {
    this.session = await Session.start(`http://127.0.0.1:${this.port}`, application);
    this.session.keyboardOnly = this.keyboardOnly ?? false;
    return this.session;
  }

  /** The app's process ids (normally one). */
  appPids() {
    return appPids();
  }

  /** Quits the app the way closing its window does, and waits until its process has ended. */
  async quit() {
    await this.session.close();
    this.session = null;
    const started = Date.now();
    const until = started + 10000;
    while (appRunning() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    if (process.env.E2E_DEBUG) console.log(`     quit took ${Date.now() - started} ms`);
  }

  /** A figure or fact the scenario measured, printed with the run. */
  note(text) {
    console.log(`     ${this.name}: ${text}`);
  }

  async shot(label) {
    if (!this.session) return '(app not running)';
    const path = join(this.outDir, `${this.name}-${label}.png`);
    // What a person sees, taken from the X server (ImageMagick's `import`). WebKitWebDriver's own
    // screenshot hangs for good on some long pages when WebKit draws without GPU compositing, as the
    // app does on Linux (src-tauri/src/renderer.rs); the X server's picture also shows GTK's dialogs.
    const taken = spawnSync('import', ['-window', 'root', path], { timeout: 20000 });
    return taken.status === 0 ? path : '(no screenshot)';
  }

  async shutdown() {
    if (this.session) await this.session.close().catch(() => {});
    this.driver?.kill();
  }

  /** Every file this scenario's app could have written: vault, data, config, cache (web view storage), temp. */
  files() {
    const walk = (dir) =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        const stat = statSync(path, { throwIfNoEntry: false });
        if (!stat) return [];
        return stat.isDirectory() ? walk(path) : [path];
      });
    return walk(this.root);
  }

  /** Files under this scenario's folders that contain `needle` (UTF-8 or UTF-16) in plaintext. */
  filesContaining(needle) {
    const utf8 = Buffer.from(needle, 'utf8');
    const utf16 = Buffer.from(needle, 'utf16le');
    return this.files().filter((path) => {
      let bytes;
      try {
        bytes = readFileSync(path);
      } catch (error) {
        if (error.code === 'ENOENT') return false; // removed by WebKit while we looked
        throw error;
      }
      return bytes.includes(utf8) || bytes.includes(utf16);
    });
  }
}

/** True while a process of the app binary is alive (it holds the vault's lock until it ends). */
function appRunning() {
  return appPids().length > 0;
}

function appPids() {
  return readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] === application;
    } catch {
      return false;
    }
  });
}

let passed = 0;
let failed = 0;
for (const [index, scenario] of chosen.entries()) {
  // LEERTEAM_E2E_PORT moves the drivers, so that a long run by hand (the 500-cycle soak) can go beside another.
  const world = new World(scenario.name, Number(process.env.LEERTEAM_E2E_PORT ?? 4444) + index, outDir);
  const started = Date.now();
  try {
    world.keyboardOnly = scenario.keyboardOnly ?? false;
    world.appEnv = scenario.appEnv ?? {};
    await scenario.prepare?.(world);
    await world.boot();
    await scenario.run(world);
    await world.shot('final');
    console.log(`ok   ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    passed++;
  } catch (error) {
    const path = await world.shot('failure').catch(() => '(no screenshot)');
    console.log(`FAIL ${scenario.name}: ${error.stack ?? error}\n     screenshot: ${path}`);
    failed++;
  } finally {
    await world.shutdown();
  }
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

