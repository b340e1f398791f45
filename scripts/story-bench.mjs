// The learning story benchmark: Leerteam's PDF of the reference case against headless Chromium
// printing the same story (Leerteam's HTML output) to PDF, in the same run. One JSON object a line.
//   node scripts/story-bench.mjs LEERTEAM_BINARY OUT_DIR [ROUNDS]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [binary, outDir, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 7);
const out = resolve(outDir);

const ours = spawnSync(binary, ['story', 'bench', '--out', out, '--rounds', String(rounds), '--json'], { encoding: 'utf8' });
if (ours.status !== 0) throw new Error(`leerteam story bench: ${ours.stderr}`);
process.stdout.write(ours.stdout);
const figures = Object.fromEntries(ours.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((f) => [f.name, f.value]));

// Chromium as the probe of this machine kind runs it: no sandbox as root, no network, a new profile.
function chromiumPdf(target) {
  const profile = mkdtempSync(join(tmpdir(), 'leerteam-chromium-'));
  const start = process.hrtime.bigint();
  const run = spawnSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--no-pdf-header-footer',
    `--print-to-pdf=${target}`, `file://${join(out, 'reference-story.html')}`,
  ], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  rmSync(profile, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`chromium: ${run.stderr}`);
  return ms;
}

const target = join(out, 'reference-story-chromium.pdf');
chromiumPdf(target); // warm the disk cache
const times = Array.from({ length: rounds }, () => chromiumPdf(target)).sort((a, b) => a - b);
const chromiumMs = times[Math.floor(times.length / 2)];
const line = (name, value, unit, extra = {}) => console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit, ...extra }));
line('story_chromium_pdf_ms', chromiumMs, 'ms');
line('story_chromium_pdf_kb', statSync(target).size / 1024, 'KiB');
line('story_pdf_speedup_vs_chromium', chromiumMs / figures.story_pdf_ms, 'ratio', { target: '>= 10' });
