//! The wizard's look, in one place. Meaning is carried by modifiers (bold,
//! reverse video) and markers first, so every screen reads the same without
//! colour (`NO_COLOR`); the few colours are the basic ANSI ones, which the
//! terminal's own palette keeps readable on light and dark backgrounds.

use ratatui::style::{Color, Modifier, Style};

use crate::core::bank::Coverage;

/// Styles for every part of a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Whether colours are used (false when `NO_COLOR` is set).
    pub color: bool,
}

impl Theme {
    /// Colours unless `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// The top line: where the parent is.
    pub fn header(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Headings inside a screen.
    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The question itself.
    pub fn prompt(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Hints and other quieter text.
    pub fn hint(&self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    /// The key bar.
    pub fn keys(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// A key's name in the key bar.
    pub fn key(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The highlighted row: reverse video, with or without colour.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The crisis lines, in the footer and on the crisis screen.
    pub fn crisis(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Something went wrong (a failed save, a refused answer).
    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// A passing message ("printed to ...").
    pub fn notice(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    /// "Saved" in the header.
    pub fn saved(&self) -> Style {
        self.fg(Color::Green)
    }

    /// A popup's frame.
    pub fn border(&self) -> Style {
        Style::new()
    }

    /// How a role covers a need.
    pub fn coverage(&self, c: Coverage) -> Style {
        match c {
            Coverage::Trained => self.fg(Color::Green).add_modifier(Modifier::BOLD),
            Coverage::Varies => self.fg(Color::Magenta).add_modifier(Modifier::BOLD),
            Coverage::NotTrained => self.fg(Color::Red).add_modifier(Modifier::BOLD),
        }
    }

    /// The filled part of the fit gauge.
    pub fn gauge(&self) -> Style {
        self.fg(Color::Cyan)
    }
}
