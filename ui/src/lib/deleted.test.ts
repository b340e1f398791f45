import { describe, expect, it } from 'vitest';
import type { Case } from './api';
import { remember, remove, restore, toggle } from './deleted';

function emptyCase(): Case {
  return {
    id: 'c', kind: 'incident', title: 'Val', ward: '', event_date: null, phase: 'goal_and_scope', status: 'active',
    created_at: '', updated_at: '', goal: { description: '', why_learn: '', expectation: '', scope_in: '', scope_out: '' },
    participants: [], preconditions: [], sessions: [], perspectives: [], timeline: [], integrated_picture: '', themes: [],
    learning_points: [], insights: { complexity: '', variability: '', coupling: '' }, experiments: [], parked: [],
    story: { text: '', audience: '', asks: '', review: { decisions: [], hidden_names: [], exports: [] } }, recently_deleted: [], history: [],
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

describe('removing', () => {
  it('takes a participant with their perspectives and clears every link to them', () => {
    const c = emptyCase();
    c.participants.push({ id: 1, role: 'nurse', discipline: '', name: null, pseudonym: 'Verpleegkundige A', reflection: '' });
    c.perspectives.push({ id: 5, participant_id: 1, session_id: null, text: 't', went_well: '', was_hard: '', emotions: [], other_emotion: '' });
    c.timeline.push({ id: 3, position: 1, at: '07:40', description: 'd', participant_ids: [1] });
    c.themes.push({ id: 2, title: 'Rode draad', description: '', perspective_ids: [5], event_ids: [3] });
    remove(c, 'participant', 1, 'Verpleegkundige A', new Date('2026-11-23T13:00:00Z'));
    expect(c.participants).toEqual([]);
    expect(c.perspectives).toEqual([]);
    expect(c.timeline[0].participant_ids).toEqual([]);
    expect(c.themes[0].perspective_ids).toEqual([]);
    expect(c.recently_deleted.map((d) => d.kind)).toEqual(['participant', 'perspective']);
    remove(c, 'timeline_event', 3, 'd');
    expect(c.themes[0].event_ids).toEqual([]);
  });

  it('unlinks learning points from a removed theme and experiments from a removed learning point', () => {
    const c = emptyCase();
    c.themes.push({ id: 2, title: 'Rode draad', description: '', perspective_ids: [], event_ids: [] });
    c.learning_points.push({ id: 4, kind: 'change', text: 'x', theme_id: 2 });
    c.experiments.push({ id: 1, learning_point_id: 4, action: 'a', prediction: '', owner_role: '', start_on: null, smallest_scale: '', review_on: null, status: 'planned', criteria: [], check_ins: [] });
    remove(c, 'theme', 2, 'Rode draad');
    expect(c.learning_points[0].theme_id).toBeNull();
    remove(c, 'learning_point', 4, 'x');
    expect(c.experiments[0].learning_point_id).toBeNull();
    const links = [1, 2];
    toggle(links, 2);
    toggle(links, 3);
    expect(links).toEqual([1, 3]);
  });
});
