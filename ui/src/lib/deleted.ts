// "Recently deleted": what is removed from a case is kept in it, so the facilitator can put it back.
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
    item: plain(item) as DeletedItem['item'],
  });
}

type WithId = { id: number };

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

/** A plain copy of reactive state: what is sent over IPC or kept, never a live proxy. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
