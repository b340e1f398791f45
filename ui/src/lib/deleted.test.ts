import { describe, expect, it } from 'vitest';
import type { Case } from './api';
import { remember, restore } from './deleted';

function emptyCase(): Case {
  return {
    id: 'c', kind: 'incident', title: 'Val', ward: '', event_date: null, phase: 'goal_and_scope', status: 'active',
    created_at: '', updated_at: '', goal: { description: '', why_learn: '', expectation: '', scope_in: '', scope_out: '' },
    participants: [], preconditions: [], sessions: [], perspectives: [], timeline: [], integrated_picture: '', themes: [],
    learning_points: [], insights: { complexity: '', variability: '', coupling: '' }, experiments: [],
    story: { text: '', audience: '', asks: '', review: { decisions: [], hidden_names: [], exports: [] } }, recently_deleted: [],
  };
}

describe('recently deleted', () => {
  it('keeps a removed item with a one-line label and puts it back as it was', () => {
    const c = emptyCase();
    const event = { id: 3, position: 1, at: '07:40', description: 'Overdracht\nop de gang', participant_ids: [1] };
    remember(c, 'timeline_event', event.description, event, new Date('2026-11-23T13:00:00Z'));
    expect(c.recently_deleted).toEqual([
      { id: 1, kind: 'timeline_event', label: 'Overdracht op de gang', deleted_at: '2026-11-23T13:00:00.000Z', item: event },
    ]);
    expect(restore(c, c.recently_deleted[0])).toBe(true);
    expect(c.timeline).toEqual([event]);
    expect(c.recently_deleted).toEqual([]);
  });

  it('gives a restored item a new id when its own was taken meanwhile', () => {
    const c = emptyCase();
    remember(c, 'learning_point', 'Behouden', { id: 1, kind: 'keep', text: 'Behouden', theme_id: null });
    c.learning_points.push({ id: 1, kind: 'change', text: 'Nieuw', theme_id: null });
    restore(c, c.recently_deleted[0]);
    expect(c.learning_points.map((l) => [l.id, l.text])).toEqual([[1, 'Nieuw'], [2, 'Behouden']]);
  });

  it('puts a check-in back under its experiment, and refuses when the experiment is gone', () => {
    const c = emptyCase();
    c.experiments.push({ id: 1, learning_point_id: null, action: 'x', prediction: '', owner_role: '', start_on: null, smallest_scale: '', review_on: null, status: 'running', criteria: [], check_ins: [] });
    remember(c, 'check_in', 'check', { experiment_id: 1, check_in: { id: 4, on: '2026-11-20', observation: 'o', result: 'r' } });
    expect(restore(c, c.recently_deleted[0])).toBe(true);
    expect(c.experiments[0].check_ins).toEqual([{ id: 4, on: '2026-11-20', observation: 'o', result: 'r' }]);
    remember(c, 'check_in', 'check', { experiment_id: 9, check_in: { id: 5, on: '2026-11-21', observation: '', result: '' } });
    expect(restore(c, c.recently_deleted[0])).toBe(false);
    expect(c.recently_deleted).toHaveLength(1);
  });
});
