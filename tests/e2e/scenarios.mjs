// The scenarios, each a person's path through the real app. Element ids are the UI's own.
import assert from 'node:assert/strict';
import { KEY } from './webdriver.mjs';

const PASSPHRASE = 'de koffie op afdeling 4 is koud';
export const PASSPHRASE_FOR_CLI = PASSPHRASE;
const CANARY = 'KANARIE-e2e-Zoë-7f31';

async function createVault(app, passphrase = PASSPHRASE, world = null) {
  await app.click('#start-create');
  await app.type('#new-passphrase', passphrase);
  await app.type('#repeat-passphrase', passphrase);
  await app.click('#create-vault');
  const key = await app.text('#recovery-key');
  assert.match(key, /^AGE-SECRET-KEY-1[0-9A-Z]+$/);
  assert.equal(await app.run('return document.querySelector("#recovery-key-done").disabled'), true, 'continue waits for the confirmation');
  await world?.shot('2-recovery-key');
  await app.click('#key-stored');
  await app.click('#recovery-key-done');
  await app.waitFor('#no-cases');
  return key;
}

async function createCase(app, { kind, title, ward }) {
  await app.click('#new-case');
  await app.click(`#case-kind option[value="${kind}"]`);
  await app.type('#case-title', title);
  await app.type('#case-ward', ward);
  await app.click('#create-case');
  await app.waitFor('#case-heading', (t) => t === title);
  await app.waitFor('#save-state', (t) => t.startsWith('Saved'));
}

async function replaceText(app, css, text) {
  await app.click(css);
  await app.cmd('POST', '/actions', {
    actions: [{ type: 'key', id: 'kb', actions: [{ type: 'keyDown', value: '\uE009' }, { type: 'keyDown', value: 'a' }, { type: 'keyUp', value: 'a' }, { type: 'keyUp', value: '\uE009' }] }],
  });
  await app.type(css, text);
}

async function unlock(app, passphrase) {
  await app.type('#passphrase', passphrase, { clear: true });
  await app.click('#unlock');
}

const PHASES = ['goal_and_scope', 'sharing_perspectives', 'processing_time', 'red_thread', 'safety_nets', 'success_criteria', 'story'];

export const scenarios = [
  {
    name: 'large',
    title: 'a vault of 1,000 rich cases: time from unlock to an interactive case list, search and open',
    prepare(world) {
      world.cli(['vault', 'init', world.vault, '--work-factor', '10', '--recovery-key-out', `${world.root}/key.txt`]);
      world.cli(['case', 'samples', world.vault, '--count', '1000']);
    },
    async run(world) {
      const app = world.session;
      await app.type('#passphrase', PASSPHRASE);
      // Measured in the page: from the click to the frame after the 1,000th row is in the document.
      const ms = await app.runAsync(
        `const done = arguments[arguments.length - 1];
         const start = performance.now();
         document.querySelector('#unlock').click();
         const wait = () => document.querySelectorAll('#case-list tbody tr').length >= 1000
           ? requestAnimationFrame(() => done(performance.now() - start))
           : requestAnimationFrame(wait);
         wait();`,
      );
      console.log(`     metric: unlock_to_case_list_1000_ms ${Math.round(ms)}`);
      const rows = await app.run('return document.querySelectorAll("#case-list tbody tr").length');
      assert.equal(rows, 1000);
      await app.type('#case-search', 'Chirurgie');
      const filtered = await app.run('return document.querySelectorAll("#case-list tbody tr").length');
      assert.ok(filtered > 0 && filtered < 1000, `search narrows the list (${filtered})`);
      const openMs = await app.runAsync(
        `const done = arguments[arguments.length - 1];
         const start = performance.now();
         document.querySelector('.case-link').click();
         const wait = () => document.querySelector('#phase-heading') ? requestAnimationFrame(() => done(performance.now() - start)) : requestAnimationFrame(wait);
         wait();`,
      );
      console.log(`     metric: open_case_ms ${Math.round(openMs)}`);
      const ipcMs = await app.runAsync(
        `const done = arguments[arguments.length - 1];
         const ids = [...document.querySelectorAll('.case-link')].length;
         const start = performance.now();
         window.__TAURI_INTERNALS__.invoke('list_cases').then((list) => {
           const mid = performance.now();
           window.__TAURI_INTERNALS__.invoke('get_case', { id: list[0].id }).then(() => done([mid - start, performance.now() - mid, ids]));
         });`,
      );
      console.log(`     metric: ipc list_cases_ms ${Math.round(ipcMs[0])} get_case_ms ${Math.round(ipcMs[1])}`);
      await world.shot('opened');
    },
  },
  {
    name: 'phases',
    title: 'every phase screen of a case, in English and in Dutch, with a screenshot of each',
    async run(world) {
      const app = world.session;
      await createVault(app);
      await createCase(app, { kind: 'incident', title: 'Medicatie dubbel toegediend', ward: 'Chirurgie' });
      await app.click('#add-participant');
      await app.waitFor('#pseudonym-1');
      assert.equal(await app.value('#pseudonym-1'), 'Verpleegkundige A', 'a pseudonym is generated');
      for (const language of ['en', 'nl']) {
        for (const [i, phase] of PHASES.entries()) {
          await app.click(`#phase-${phase}`);
          await app.waitFor('#phase-heading', (t) => t.startsWith(`${i + 1}.`));
          await app.run('window.scrollTo(0, 0)');
          await world.shot(`phase-${i + 1}-${phase}-${language}`);
        }
        if (language === 'en') {
          await app.click('#open-settings');
          await app.click('#language option[value="nl"]');
          await app.waitFor('h1', (t) => t === 'Instellingen');
          await app.click('.brand');
          await app.click('.case-link');
        }
      }
    },
  },
  {
    name: 'lifecycle',
    title: 'create a vault, confirm the recovery key, create and edit a case, lock, a wrong passphrase, unlock, restart, find the case intact, no plaintext on disk',
    async run(world) {
      let app = world.session;
      await app.waitFor('#start-create');
      await world.shot('1-welcome');
      await createVault(app, PASSPHRASE, world);
      const title = `Val op de nachtdienst ${CANARY}`;
      await createCase(app, { kind: 'theme', title, ward: 'Interne geneeskunde' });

      const edited = `Val tijdens de overdracht — ${CANARY}`;
      await replaceText(app, '#case-title', edited);
      await app.click('#case-ward'); // leaving the field saves it
      await app.waitFor('#case-heading', (t) => t === edited);
      await app.waitFor('#save-state', (t) => t.startsWith('Saved'));
      await app.run('window.scrollTo(0, 0)');
      await world.shot('3-case');
      await app.click('#back-to-cases');
      await app.waitFor('#case-list', (t) => t.includes(edited) && t.includes('Theme'));

      await app.click('#lock');
      await app.waitFor('#passphrase');
      assert.equal(await app.run('return document.body.innerText.includes(arguments[0])', [CANARY]), false, 'locking clears the screen');

      await unlock(app, 'not the passphrase');
      await app.waitFor('#error', (t) => t === 'Wrong passphrase. Please try again.');
      await world.shot('4-wrong-passphrase');
      await unlock(app, PASSPHRASE);
      await app.waitFor('#case-list', (t) => t.includes(edited));

      await world.quit();
      app = await world.launch();
      await unlock(app, PASSPHRASE);
      await app.waitFor('#case-list', (t) => t.includes(edited));
      await app.click('.case-link');
      await app.waitFor('#case-heading', (t) => t === edited);
      assert.equal(await app.value('#case-ward'), 'Interne geneeskunde');
      assert.equal(await app.value('#case-kind'), 'theme');
      assert.equal(await app.run('return localStorage.length + sessionStorage.length'), 0, 'no web storage');
      assert.equal(await app.run('return document.title'), 'Leerteam', 'no case data in the window title');
      await world.shot('5-case-after-restart');
      await world.quit();

      const leaks = world.filesContaining(CANARY);
      assert.deepEqual(leaks, [], `plaintext canary found in ${leaks.join(', ')}`);
      const scanned = world.files().length;
      assert.ok(scanned >= 4, `scanned the vault, config and web view folders (${scanned} files)`);
    },
  },
  {
    name: 'recovery',
    title: 'forget the passphrase: open with the recovery key, set a new passphrase, unlock with it',
    async run(world) {
      const app = world.session;
      const key = await createVault(app);
      await createCase(app, { kind: 'incident', title: 'Herstel-test', ward: 'SEH' });
      await app.click('#lock');
      await app.click('#use-recovery-key');
      await app.type('#recovery-key-input', 'AGE-SECRET-KEY-1NOTAKEY');
      await app.type('#recover-passphrase', 'een nieuw lang wachtwoord');
      await app.type('#recover-repeat', 'een nieuw lang wachtwoord');
      await app.click('#recover');
      await app.waitFor('#error', (t) => t.startsWith('This is not a recovery key'));
      await app.type('#recovery-key-input', key, { clear: true });
      await app.click('#recover');
      await app.waitFor('#case-list', (t) => t.includes('Herstel-test'));
      await app.click('#lock');
      await unlock(app, PASSPHRASE);
      await app.waitFor('#error', (t) => t === 'Wrong passphrase. Please try again.');
      await unlock(app, 'een nieuw lang wachtwoord');
      await app.waitFor('#case-list', (t) => t.includes('Herstel-test'));
    },
  },
  {
    name: 'keyboard',
    title: 'unlock and open a case with the keyboard only',
    async run(world) {
      const app = world.session;
      await createVault(app);
      await createCase(app, { kind: 'went_well', title: 'Goed verlopen overdracht', ward: 'SEH' });
      await app.click('#lock');
      await app.waitFor('#passphrase');
      await app.run('document.querySelector("#passphrase").focus()');
      await app.keys(PASSPHRASE + KEY.enter);
      await app.waitFor('#case-list');
      // From the heading, Tab through the header and the list to the case and open it with Enter.
      for (let i = 0; i < 8; i++) {
        const focused = await app.run('return document.activeElement.className');
        if (String(focused).includes('case-link')) break;
        await app.keys(KEY.tab);
      }
      assert.match(await app.run('return document.activeElement.className'), /case-link/);
      const outline = await app.run('return getComputedStyle(document.activeElement).outlineStyle');
      assert.notEqual(outline, 'none', 'the focused control shows a visible focus ring');
      await app.keys(KEY.enter);
      await app.waitFor('#case-heading', (t) => t === 'Goed verlopen overdracht');
    },
  },
];
