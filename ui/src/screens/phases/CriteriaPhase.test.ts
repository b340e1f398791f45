// The refused field's message, at that field: the phase rendered (Svelte's server renderer, no
// browser needed) with the error and path AppModel keeps from Rust's answer, in Dutch and English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../lib/api';
import type { CaseFacts } from '../../bindings/CaseFacts';
import { i18n, t } from '../../lib/i18n.svelte';
import CriteriaPhase from './CriteriaPhase.svelte';

const rich = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'cases', 'rich-case.json'), 'utf8')).case as Case;
const facts: CaseFacts = {
  phase_number: 6,
  processing_days: 7,
  processing: 'advised',
  next_review: null,
  overdue_reviews: 0,
  experiments: rich.experiments.map((x) => ({ id: x.id, overdue: false, next_statuses: [x.status] })),
};

function phase(error: string | null, errorPath: string | null): string {
  const props = { draft: structuredClone(rich), commit: () => {}, facts, error, errorPath };
  return render(CriteriaPhase, { props }).body;
}

/** The text of the element with this id, or null when it is not there. */
function textOf(html: string, id: string): string | null {
  const match = html.match(new RegExp(`<p[^>]*id="${id}"[^>]*>([^<]*)</p>`));
  return match ? match[1] : null;
}

describe('a refused change', () => {
  afterEach(() => {
    i18n.language = 'nl';
  });

  for (const language of ['nl', 'en'] as const) {
    it(`shows Rust's reason at the status it is about, and nowhere else (${language})`, () => {
      i18n.language = language;
      const [first, second] = rich.experiments;
      const html = phase('error.status_change', 'experiments[1].status');
      expect(textOf(html, `status-${second.id}-error`)).toBe(t('error.status_change'));
      expect(t('error.status_change')).not.toBe('error.status_change');
      expect(textOf(html, `status-${first.id}-error`)).toBeNull();
      expect(textOf(html, `criteria-${second.id}-error`)).toBeNull();
      expect(html.match(/field-error/g)?.length).toBe(1);
    });
  }

  it('shows two criteria of one kind at the criteria, and no message without a path', () => {
    const [first] = rich.experiments;
    expect(textOf(phase('error.criterion_kind_repeated', 'experiments[0].criteria'), `criteria-${first.id}-error`)).toBe(
      t('error.criterion_kind_repeated'),
    );
    expect(phase('error.status_change', null)).not.toContain('field-error');
  });
});
