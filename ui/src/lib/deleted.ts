// "Recently deleted": what is removed from a case is kept in it, so the facilitator can put it back.
import { snapshot } from './snapshot.svelte';
import type { Case } from './api';
import type { CheckIn } from '../bindings/CheckIn';
import type { DeletedItem } from '../bindings/DeletedItem';
import type { DeletedKind } from '../bindings/DeletedKind';
import { nextId } from './ids';

/** Keeps `item` in the case's recently-deleted list. Call before removing it. */
export function remember(draft: Case, kind: DeletedKind, label: string, item: unknown, now = new Date()) {
  draft.recently_deleted.push({
    id: nextId(draft.recently_deleted),
    kind,
    // One line, short: the label is only for the list.
    label: label.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 120),
    deleted_at: now.toISOString(),
    item: snapshot(item) as DeletedItem['item'],
  });
}

type WithId = { id: number };

/** Removes an item from the case into "recently deleted", and every link to it: a participant
 * takes their perspectives with them; links from the timeline, themes, learning points and
 * experiments to what is gone are cleared. The one place where removing happens. */
export function remove(draft: Case, kind: Exclude<DeletedKind, 'check_in'>, id: number, label: string, now = new Date()) {
  const list = listFor(draft, kind) as WithId[];
  const item = list.find((x) => x.id === id);
  if (!item) return;
  remember(draft, kind, label, item, now);
  list.splice(list.indexOf(item), 1);
  switch (kind) {
    case 'participant':
      for (const p of draft.perspectives.filter((x) => x.participant_id === id)) remove(draft, 'perspective', p.id, label, now);
      draft.timeline.forEach((e) => (e.participant_ids = e.participant_ids.filter((p) => p !== id)));
      break;
    case 'perspective':
      draft.themes.forEach((th) => (th.perspective_ids = th.perspective_ids.filter((p) => p !== id)));
      break;
    case 'timeline_event':
      draft.themes.forEach((th) => (th.event_ids = th.event_ids.filter((e) => e !== id)));
      break;
    case 'theme':
      draft.learning_points.forEach((l) => { if (l.theme_id === id) l.theme_id = null; });
      break;
    case 'learning_point':
      draft.experiments.forEach((x) => { if (x.learning_point_id === id) x.learning_point_id = null; });
      break;
    case 'experiment':
      break;
  }
}

/** Adds `value` to a list of links, or takes it out when it is there (a ticked box, a drop). */
export function toggle(list: number[], value: number) {
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  else list.push(value);
}

/** Puts a deleted item back where it came from (under a new id if its own was taken meanwhile). */
export function restore(draft: Case, entry: DeletedItem): boolean {
  if (entry.kind === 'check_in') {
    const { experiment_id, check_in } = entry.item as { experiment_id: number; check_in: CheckIn };
    const experiment = draft.experiments.find((x) => x.id === experiment_id);
    if (!experiment) return false;
    const all = draft.experiments.flatMap((x) => x.check_ins);
    experiment.check_ins.push({ ...check_in, id: all.some((c) => c.id === check_in.id) ? nextId(all) : check_in.id });
  } else {
    const list = listFor(draft, entry.kind) as WithId[];
    const item = entry.item as WithId;
    list.push({ ...item, id: list.some((x) => x.id === item.id) ? nextId(list) : item.id });
  }
  draft.recently_deleted = draft.recently_deleted.filter((d) => d.id !== entry.id);
  return true;
}

function listFor(draft: Case, kind: Exclude<DeletedKind, 'check_in'>): unknown[] {
  switch (kind) {
    case 'participant':
      return draft.participants;
    case 'perspective':
      return draft.perspectives;
    case 'timeline_event':
      return draft.timeline;
    case 'theme':
      return draft.themes;
    case 'learning_point':
      return draft.learning_points;
    case 'experiment':
      return draft.experiments;
  }
}
