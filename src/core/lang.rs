//! The language fitcheck speaks: English or Spanish.
//!
//! Pure: it only reads the strings it is given. The command line decides
//! where they come from (`--lang`, `FITCHECK_LANG`, the system locale) and
//! calls [`Lang::parse`] or [`Lang::from_locale`].

use std::fmt;

/// A language the question bank is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the base of the bank: ids, ratings and sources live here.
    #[default]
    En,
    /// Spanish, neutral Latin American, from the overlays in `questions/es/`.
    Es,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The two-letter code: "en" or "es".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for a switch: "English", "Español".
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// A language code as a person types it: "en", "es", "ES", "español",
    /// "spanish", "english". Anything else is `None`, so the caller can say
    /// which values work.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_lowercase();
        match s.as_str() {
            "en" | "english" | "inglés" | "ingles" => Some(Lang::En),
            "es" | "spanish" | "español" | "espanol" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The language of a POSIX or Windows locale string: "es_MX.UTF-8",
    /// "es-419", "es", "en_US", "C", "POSIX". A Spanish locale gives
    /// Spanish; "C", "POSIX" and every English locale give English; an
    /// empty string or another language gives `None`, so the caller can
    /// try the next variable (`LC_ALL`, then `LC_MESSAGES`, then `LANG`)
    /// or fall back to English.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let locale = locale.trim();
        // "es_MX.UTF-8@euro": the language is what comes before the first
        // '_', '-', '.' or '@'.
        let lang = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match lang.as_str() {
            "es" | "spa" => Some(Lang::Es),
            "en" | "eng" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_names() {
        assert_eq!(Lang::parse("es"), Some(Lang::Es));
        assert_eq!(Lang::parse(" ES "), Some(Lang::Es));
        assert_eq!(Lang::parse("Español"), Some(Lang::Es));
        assert_eq!(Lang::parse("espanol"), Some(Lang::Es));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("English"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("es_MX"), None, "a locale is not a code");
    }

    #[test]
    fn reads_locales() {
        for es in [
            "es_MX.UTF-8",
            "es",
            "es_US",
            "es-419",
            "ES_es",
            "es_ES@euro",
            "spa",
        ] {
            assert_eq!(Lang::from_locale(es), Some(Lang::Es), "{es}");
        }
        for en in [
            "C",
            "C.UTF-8",
            "POSIX",
            "en_US",
            "en_US.UTF-8",
            "en",
            "en-GB",
        ] {
            assert_eq!(Lang::from_locale(en), Some(Lang::En), "{en}");
        }
        for other in ["", "  ", "fr_FR.UTF-8", "de", "pt_BR", "estonian"] {
            assert_eq!(Lang::from_locale(other), None, "{other}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
            assert_eq!(Lang::parse(l.name()), Some(l));
            assert_eq!(l.to_string(), l.code());
        }
        assert_eq!(Lang::default(), Lang::En);
    }
}
