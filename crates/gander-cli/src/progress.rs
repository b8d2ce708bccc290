//! The terminal's rendering of a run's progress: an indicatif bar when stderr is a terminal
//! (lines printed above it), else plain lines on stderr. The runtime only reports
//! ([`gander::Observer`]); drawing is the CLI's.

use gander::{Observer, Progress};

/// Progress for this process's stderr.
pub fn stderr() -> Progress {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return Progress::stderr();
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    Progress::observed(Bar(bar))
}

/// The bar.
struct Bar(indicatif::ProgressBar);

impl Observer for Bar {
    fn line(&self, text: &str) {
        self.0.println(text);
    }

    fn started(&self, total: usize) {
        self.0.set_length(total as u64);
        self.0.set_position(0);
    }

    fn step(&self, message: &str) {
        self.0.set_message(message.to_string());
    }

    fn advanced(&self) {
        self.0.inc(1);
    }

    fn finished(&self) {
        self.0.finish_and_clear();
    }
}
