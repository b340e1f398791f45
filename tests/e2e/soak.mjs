// The soak test: one app kept running through N cycles of a facilitator's day (open the rich case,
// 50 edits with an undo every fifth, the privacy review, lock, unlock), the resident memory of the
// app and its WebKit processes sampled after each cycle, and the growth per cycle fitted after a
// warm-up. LEERTEAM_SOAK_CYCLES sets N (the test command: 40, about 80 s; by hand: 500).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PASSPHRASE = 'de koffie op afdeling 4 is koud';
const WARM_UP = 5;
/** Fewer cycles after the warm-up than this give a slope of noise: it is printed, not judged. */
const JUDGED_FROM = 10;
/** MiB a cycle may add. A day of sessions is about 60 cycles: at this rate well under 150 MiB,
 * while a leak of a case's worth of DOM or a copy of the vault per cycle (several MiB) fails. */
export const SOAK_LIMIT_MIB_PER_CYCLE = 2.5;

/** The process and every process below it. */
function tree(root) {
  const parents = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      // gone meanwhile
    }
  }
  const all = [String(root)];
  for (let i = 0; i < all.length; i++) for (const [pid, parent] of parents) if (parent === all[i]) all.push(pid);
  return all;
}

function rssMiB(pids) {
  let kib = 0;
  for (const pid of pids) {
    try {
      const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
      kib += Number(line?.split(/\s+/)[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kib / 1024;
}

/** Least-squares slope of `ys` over 0, 1, 2, … */
export function slope(ys) {
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const num = ys.reduce((a, y, x) => a + (x - mx) * (y - my), 0);
  const den = ys.reduce((a, _, x) => a + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function cycle(app, n) {
  await app.waitFor('#board, #board-empty, #case-list');
  if (await app.run('return document.querySelector("#case-list") === null')) await app.click('#open-cases');
  await app.click('.case-link');
  await app.click('#phase-goal_and_scope');
  await app.waitFor('#goal-why');
  for (let i = 1; i <= 50; i++) {
    await app.run(
      `const field = document.querySelector('#goal-why');
       field.value = 'Soak ' + arguments[0] + '.' + arguments[1] + ': waarom we hiervan willen leren';
       field.dispatchEvent(new Event('input')); field.dispatchEvent(new Event('change'));`,
      [n, i],
    );
    if (i % 5 === 0) await app.run('document.querySelector("#goal-why-undo")?.click()');
  }
  await app.click('#phase-story');
  await app.click('#export-story');
  await app.waitFor('#findings-heading');
  await app.click('#review-close');
  await app.click('#lock');
  await app.waitFor('#passphrase');
  await app.type('#passphrase', PASSPHRASE, { clear: true });
  await app.click('#unlock');
}

export const soak = {
  name: 'soak',
  title: 'one app through a day of cycles (rich case, 50 edits with undo, privacy review, lock, unlock): memory per cycle after warm-up',
  prepare(world) {
    world.cli(['vault', 'init', world.vault, '--work-factor', '10', '--recovery-key-out', `${world.root}/key.txt`]);
    world.cli(['case', 'import', world.vault, fileURLToPath(new URL('../fixtures/cases/rich-case.json', import.meta.url))]);
  },
  async run(world) {
    const app = world.session;
    const cycles = Number(process.env.LEERTEAM_SOAK_CYCLES ?? 40);
    await app.type('#passphrase', PASSPHRASE);
    await app.click('#unlock');
    // This scenario's app: the one below its own tauri-driver (an app of the scenario before may
    // still be ending).
    const ours = tree(world.driver.pid);
    const [pid] = world.appPids().filter((p) => ours.includes(p));
    assert.ok(pid, "this scenario's app process is found");
    const samples = [];
    const started = Date.now();
    for (let n = 1; n <= cycles; n++) {
      await cycle(app, n);
      samples.push(rssMiB(tree(pid)));
    }
    assert.ok(tree(pid).length > 1, 'the WebKit processes are counted with the app');
    const after = samples.slice(WARM_UP);
    const perCycle = slope(after);
    world.note(
      `metric: soak ${cycles} cycles in ${((Date.now() - started) / 1000).toFixed(0)} s; RSS ${samples[0].toFixed(0)} -> ` +
        `${samples.at(-1).toFixed(0)} MiB; ${perCycle.toFixed(2)} MiB per cycle after ${WARM_UP} of warm-up (limit ${SOAK_LIMIT_MIB_PER_CYCLE})`,
    );
    if (after.length < JUDGED_FROM) return world.note(`too few cycles after the warm-up to judge (${after.length})`);
    assert.ok(perCycle <= SOAK_LIMIT_MIB_PER_CYCLE, `memory grows ${perCycle.toFixed(2)} MiB a cycle`);
  },
};
