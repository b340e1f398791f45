//! The tables of a case's parts, with their columns named once.

/// A table of a case's parts: its columns after `case_id`, named once for the insert and the select
/// (rows are read by column name, so the order only has to match the insert's values).
pub(super) struct Table {
    pub(super) name: &'static str,
    pub(super) columns: &'static str,
}

impl Table {
    pub(super) fn insert(&self) -> String {
        let values: Vec<String> = (1..=self.columns.split(',').count() + 1).map(|i| format!("?{i}")).collect();
        format!("INSERT INTO {} (case_id, {}) VALUES ({})", self.name, self.columns, values.join(", "))
    }

    /// All of one case's rows (`case_id = ?1`), in `order`.
    pub(super) fn select(&self, order: &str) -> String {
        format!("SELECT {} FROM {} WHERE case_id = ?1 ORDER BY {order}", self.columns, self.name)
    }
}

pub(super) const PARTICIPANT: Table =
    Table { name: "participant", columns: "id, role, discipline, name, pseudonym, reflection" };
pub(super) const PRECONDITION: Table = Table { name: "precondition", columns: "item, met, note" };
pub(super) const SESSION: Table =
    Table { name: "session", columns: "id, kind, planned_on, held_on, place, notes, heard, questions_used, marks" };
pub(super) const PERSPECTIVE: Table =
    Table { name: "perspective", columns: "id, participant_id, session_id, text, went_well, was_hard, other_emotion" };
pub(super) const TIMELINE_EVENT: Table = Table { name: "timeline_event", columns: "id, position, at, description" };
pub(super) const THEME: Table = Table { name: "theme", columns: "id, title, description" };
pub(super) const LEARNING_POINT: Table = Table { name: "learning_point", columns: "id, kind, text, theme_id" };
pub(super) const EXPERIMENT: Table = Table {
    name: "experiment",
    columns: "id, learning_point_id, action, prediction, owner_role, start_on, smallest_scale, review_on, status",
};
pub(super) const SUCCESS_CRITERION: Table =
    Table { name: "success_criterion", columns: "id, experiment_id, kind, text" };
pub(super) const CHECK_IN: Table =
    Table { name: "check_in", columns: "id, experiment_id, on_date, observation, result" };
pub(super) const STORY: Table = Table { name: "story", columns: "text, audience, asks, review" };
pub(super) const DELETED_ITEM: Table = Table { name: "deleted_item", columns: "id, kind, label, deleted_at, payload" };
