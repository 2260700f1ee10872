//! The pure core: functions of data. Nothing here touches the terminal, the
//! disk, the environment, the clock or a process-wide global; the current
//! time comes in as an argument. `tests/layers.rs` enforces it.

pub mod answers;
pub mod ask;
pub mod bank;
pub mod glossary;
pub mod history;
pub mod html;
pub mod interview;
pub mod lang;
pub mod reason;
pub mod report;
pub mod score;
pub mod session;
pub mod summary;
pub mod text;
pub mod time;
pub mod title;
pub mod visit;
pub mod words;
