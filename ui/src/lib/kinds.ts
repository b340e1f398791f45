// The method's vocabularies, as Rust defines them (crates/model/src/kinds.rs), in their order.
export { CASE_KINDS, CRITERIA, EMOTIONS, PHASES, PRECONDITIONS, ROLES, STATUSES } from '../bindings/vocabularies';
