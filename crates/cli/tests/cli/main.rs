//! The `leerteam` command line as a user or script meets it: the real binary, real files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

mod bad_input;
mod contract;
mod followup;
mod handover;
mod privacy;
mod sheet;
mod story;
mod training;

pub const PASSPHRASE: &str = "correct horse battery staple";

/// A scratch area: a vault folder, a private TMPDIR for the binary, and room for files.
#[derive(Debug)]
pub struct Scratch {
    pub root: TempDir,
}

impl Scratch {
    pub fn create() -> Self {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("tmp")).unwrap();
        Scratch { root }
    }

    pub fn vault(&self) -> PathBuf {
        self.root.path().join("vault")
    }

    pub fn tmp(&self) -> PathBuf {
        self.root.path().join("tmp")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// Runs `leerteam` with the passphrase in the environment and no terminal.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, &[("LEERTEAM_PASSPHRASE", PASSPHRASE)])
    }

    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_leerteam"));
        command
            .args(args)
            .env_remove("LEERTEAM_PASSPHRASE")
            .env_remove("LEERTEAM_NEW_PASSPHRASE")
            .env("TMPDIR", self.tmp())
            .stdin(Stdio::null());
        for (key, value) in env {
            command.env(key, value);
        }
        command.output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(output.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }

    /// Runs and expects failure; returns the one line on stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        expect_failure(self.run(args))
    }

    pub fn init(&self) {
        let vault = self.vault();
        let key = self.path("recovery.txt");
        self.ok(&["vault", "init", s(&vault), "--work-factor", "10", "--recovery-key-out", s(&key)]);
    }

    pub fn add(&self, kind: &str, title: &str) -> String {
        self.ok(&["case", "add", s(&self.vault()), "--kind", kind, "--title", title]).trim().to_owned()
    }

    pub fn export(&self, id: &str) -> String {
        self.ok(&["case", "export", s(&self.vault()), id])
    }

    pub fn case_count(&self) -> usize {
        let list: serde_json::Value =
            serde_json::from_str(&self.ok(&["case", "list", s(&self.vault()), "--json"])).unwrap();
        list.as_array().unwrap().len()
    }
}

/// An error is one line on stderr, a non-zero exit, no panic and no backtrace.
pub fn expect_failure(output: Output) -> String {
    assert!(!output.status.success(), "expected failure, got: {}", String::from_utf8_lossy(&output.stdout));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr:?}");
    assert!(stderr.starts_with("leerteam: "), "{stderr:?}");
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{stderr:?}");
    stderr.trim_end().to_owned()
}

pub fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}
