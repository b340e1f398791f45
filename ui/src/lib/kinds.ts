import type { CaseKind } from '../bindings/CaseKind';
import type { Phase } from '../bindings/Phase';

export const CASE_KINDS: CaseKind[] = ['incident', 'calamity', 'complication', 'series', 'theme', 'went_well', 'collaboration'];
export const PHASES: Phase[] = ['goal_and_scope', 'sharing_perspectives', 'processing_time', 'red_thread', 'safety_nets', 'success_criteria', 'story'];
