import type { CaseKind } from '../bindings/CaseKind';
import type { CriterionKind } from '../bindings/CriterionKind';
import type { Emotion } from '../bindings/Emotion';
import type { ExperimentStatus } from '../bindings/ExperimentStatus';
import type { Phase } from '../bindings/Phase';
import type { Precondition } from '../bindings/Precondition';
import type { Role } from '../bindings/Role';

export const CASE_KINDS: CaseKind[] = ['incident', 'calamity', 'complication', 'series', 'theme', 'went_well', 'collaboration'];
export const PHASES: Phase[] = ['goal_and_scope', 'sharing_perspectives', 'processing_time', 'red_thread', 'safety_nets', 'success_criteria', 'story'];
export const ROLES: Role[] = ['patient_client', 'family', 'nurse', 'physician', 'manager', 'paramedic', 'pharmacist', 'support', 'other'];
export const PRECONDITIONS: Precondition[] = ['psychological_safety', 'motivated_participants', 'good_chair', 'enough_time', 'everyone_present'];
export const EMOTIONS: Emotion[] = ['guilt', 'frustration', 'sadness', 'anger', 'relief', 'other'];
export const CRITERIA: CriterionKind[] = ['outcome', 'process', 'balancing'];
export const STATUSES: ExperimentStatus[] = ['planned', 'running', 'adopted', 'adapted', 'abandoned'];

