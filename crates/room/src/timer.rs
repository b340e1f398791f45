//! The session timer: one per room, read by both windows. It runs on a monotonic clock that the
//! caller passes in (a `Duration` since any fixed moment), so it can be tested without waiting and
//! cannot jump with the wall clock. It never moves to the next step by itself: at zero it turns
//! calm and counts on.

use std::time::Duration;

use leerteam_model::{LocalId, RoundStep, RoundStepKind};
use serde::Serialize;

/// What a step of the timer is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", content = "participant", rename_all = "snake_case")]
#[ts(export)]
pub enum StepKind {
    Welcome,
    GroundRules,
    /// One participant's turn to tell their story.
    Round(LocalId),
    Reflection,
    CheckOut,
    /// A step of a training round.
    Training(RoundStepKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TimerStep {
    pub kind: StepKind,
    pub minutes: u32,
}

/// The usual minutes of a session's steps: a short welcome and ground rules, a round per
/// participant, time to reflect together, and a check-out.
pub fn session_steps(participants: &[LocalId]) -> Vec<TimerStep> {
    let step = |kind, minutes| TimerStep { kind, minutes };
    let mut steps = vec![step(StepKind::Welcome, 5), step(StepKind::GroundRules, 3)];
    steps.extend(participants.iter().map(|&p| step(StepKind::Round(p), 8)));
    steps.extend([step(StepKind::Reflection, 10), step(StepKind::CheckOut, 5)]);
    steps
}

/// A training round's steps, as its pack times them.
pub fn training_steps(round: &[RoundStep]) -> Vec<TimerStep> {
    round.iter().map(|s| TimerStep { kind: StepKind::Training(s.step), minutes: s.minutes }).collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timer {
    steps: Vec<TimerStep>,
    current: usize,
    /// Time run in the current step before the last start.
    banked: Duration,
    /// When the timer was last started, if it is running.
    since: Option<Duration>,
    /// Minutes added to the current step (+1, +5).
    added: u32,
}

/// What both windows show of the timer at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TimerView {
    pub steps: Vec<TimerStep>,
    pub current: usize,
    pub running: bool,
    /// Seconds planned for the current step, minutes added included.
    pub planned_seconds: u32,
    /// Seconds left; below zero once the step's time is up (the timer counts on).
    pub remaining_seconds: i64,
    /// The step's time is up: shown in a calm colour, nothing else happens.
    pub over: bool,
}

impl Timer {
    pub fn new(steps: Vec<TimerStep>) -> Timer {
        Timer { steps, current: 0, banked: Duration::ZERO, since: None, added: 0 }
    }

    pub fn start(&mut self, now: Duration) {
        if self.since.is_none() {
            self.since = Some(now);
        }
    }

    pub fn pause(&mut self, now: Duration) {
        if let Some(since) = self.since.take() {
            self.banked += now.saturating_sub(since);
        }
    }

    /// Adds minutes to the current step (the facilitator's +1 and +5).
    pub fn add_minutes(&mut self, minutes: u32) {
        self.added = self.added.saturating_add(minutes);
    }

    /// Goes to step `index` (out of range: the last), stopped at its full time.
    pub fn select(&mut self, index: usize) {
        self.current = index.min(self.steps.len().saturating_sub(1));
        self.banked = Duration::ZERO;
        self.since = None;
        self.added = 0;
    }

    pub fn steps(&self) -> &[TimerStep] {
        &self.steps
    }

    pub fn current(&self) -> Option<&TimerStep> {
        self.steps.get(self.current)
    }

    pub fn view(&self, now: Duration) -> TimerView {
        let minutes = self.current().map_or(0, |s| s.minutes).saturating_add(self.added);
        let planned_seconds = minutes.saturating_mul(60);
        let running_for = self.since.map_or(Duration::ZERO, |since| now.saturating_sub(since));
        let elapsed = (self.banked + running_for).as_secs();
        let remaining_seconds = i64::from(planned_seconds) - i64::try_from(elapsed).unwrap_or(i64::MAX);
        TimerView {
            steps: self.steps.clone(),
            current: self.current,
            running: self.since.is_some(),
            planned_seconds,
            remaining_seconds,
            over: remaining_seconds <= 0,
        }
    }
}

/// "04:59", and once the time is up "+01:10": how the clock reads on both windows.
pub fn clock_text(remaining_seconds: i64) -> String {
    let (sign, seconds) = if remaining_seconds < 0 { ("+", -remaining_seconds) } else { ("", remaining_seconds) };
    format!("{sign}{:02}:{:02}", seconds / 60, seconds % 60)
}
