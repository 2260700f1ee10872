//! The summary as one self-contained HTML page to print or save as PDF.
//!
//! Inline CSS only: no script, no image, no link that loads anything. Every
//! string is escaped. Page 1 holds what a parent needs in the meeting: the
//! crisis lines, each provider's verdict (in words, with a bar), what nobody
//! covers, and the questions to bring with room to write the answers. The
//! need-by-need reasons and their sources follow on the next page.

use std::fmt::Write as _;

use crate::core::summary::Summary;
use crate::core::words::Words;

const STYLE: &str = "@page{size:auto;margin:12mm 14mm}\
body{font:10.5pt/1.3 Georgia,serif;color:#000;max-width:48em;margin:0 auto}\
h1{font-size:15pt;margin:0 0 1pt}h2{font-size:12pt;margin:7pt 0 2pt;border-bottom:1px solid #000}\
ul,ol{margin:2pt 0;padding-left:1.4em}li{margin-bottom:1pt}p{margin:2pt 0}\
.crisis{border:2px solid #000;padding:2pt 8pt 4pt;margin:4pt 0}.crisis h2{margin-top:2pt}\
.crisis ul{columns:2;column-gap:1.6em;font-size:9.5pt}.crisis li{break-inside:avoid}\
.bar{display:inline-block;width:8em;height:8pt;border:1px solid #000;vertical-align:middle;margin-right:6pt}\
.bar span{display:block;height:100%;background:#555}\
.write{border-bottom:1px dotted #000;height:2em;margin-bottom:2pt}\
.bring li{break-inside:avoid}\
.small{font-size:9pt}.more{break-before:page;page-break-before:always}\
@media screen and (max-width:40em){.crisis ul{columns:1}}";

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The crisis lines, in a box at the top of page 1.
fn crisis(s: &Words, out: &mut String, sum: &Summary) {
    if sum.crisis_lines.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"crisis\"><h2>{}</h2><ul>",
        escape(s.HTML_CRISIS)
    );
    for line in &sum.crisis_lines {
        let _ = write!(out, "<li>{}</li>", escape(line));
    }
    out.push_str("</ul></section>");
}

/// The page for `sum`, printed on `date` (the parent's local date).
pub fn page(bank: &crate::core::bank::Bank, sum: &Summary, date: &str) -> String {
    let s = bank.words();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width\">\
<title>{title}</title><style>{STYLE}</style></head><body>\
<h1>{heading}</h1><p class=\"small\">{printed}",
        lang = escape(s.HTML_LANG),
        title = escape(&s.HTML_TITLE.replace("{date}", date)),
        heading = escape(s.HTML_HEADING),
        printed = escape(&s.PRINTED_ON.replace("{date}", date)),
    );
    if !sum.complete {
        let _ = write!(out, " {}", escape(s.HTML_UNFINISHED));
    }
    out.push_str("</p>");
    crisis(s, &mut out, sum);

    let _ = write!(out, "<h2>{}</h2><ul>", escape(s.HTML_FITS));
    for p in &sum.providers {
        let fit = p.fit.unwrap_or(0).min(100);
        let _ = write!(
            out,
            "<li><b>{}</b> ({}): <span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{fit}%\"></span></span><b>{}</b>{}. {}</li>",
            escape(&crate::core::text::capitalized(&p.label)),
            escape(&p.role_title),
            escape(&p.verdict_label),
            p.fit.map_or(String::new(), |f| escape(
                &s.HTML_FIT_OF.replace("{fit}", &f.to_string())
            )),
            escape(&p.verdict_text)
        );
        // The mix-up the page is for: a service hoped for that the role
        // may not give.
        // One short line on page 1; the reasons follow with the others.
        if !p.expectation_mismatches.is_empty() {
            let hopes: Vec<&str> = p
                .expectation_mismatches
                .iter()
                .map(|m| m.text.as_str())
                .collect();
            let _ = write!(
                out,
                "<br><i>{}: {}.</i>",
                escape(s.MISMATCH_HEADING),
                escape(&hopes.join("; "))
            );
        }
    }
    out.push_str("</ul>");

    let _ = write!(out, "<h2>{}</h2>", escape(s.UNMET_HEADING));
    if sum.team.unmet.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(s.HTML_ALL_COVERED));
    } else {
        out.push_str("<ul>");
        for u in &sum.team.unmet {
            let _ = write!(
                out,
                "<li><b>{}</b> ({}). {}</li>",
                escape(&u.name),
                escape(&u.level_label),
                escape(&u.reason)
            );
        }
        out.push_str("</ul>");
    }

    let (bring, more) = sum.bring_these();
    let _ = write!(out, "<h2>{}</h2><ol class=\"bring\">", escape(s.HTML_BRING));
    for q in bring {
        let _ = write!(
            out,
            "<li>{}<div class=\"write\"></div></li>",
            escape(&q.text)
        );
    }
    out.push_str("</ol>");

    out.push_str("<section class=\"more\">");
    if !more.is_empty() {
        let _ = write!(out, "<h2>{}</h2><ul>", escape(s.HTML_MORE));
        for q in more {
            let _ = write!(out, "<li>{}</li>", escape(&q.text));
        }
        out.push_str("</ul>");
    }
    if let Some(h) = &sum.history {
        history(s, &mut out, h);
    }
    let _ = write!(out, "<h2>{}</h2>", escape(s.HTML_WHY));
    for p in &sum.providers {
        let _ = write!(
            out,
            "<h3>{}</h3><ul>",
            escape(&crate::core::text::capitalized(&p.label))
        );
        for m in &p.expectation_mismatches {
            let _ = write!(
                out,
                "<li><b>{}</b>: {}</li>",
                escape(&m.text),
                escape(&m.reason)
            );
        }
        for n in &p.needs {
            let _ = write!(
                out,
                "<li><b>{}</b> ({}): {} <span class=\"small\">{}</span></li>",
                escape(&n.need_name),
                escape(&n.level_label),
                escape(&n.reason),
                escape(&s.SOURCE.replace(
                    "{source}",
                    &crate::core::report::source_titles(bank, &n.source)
                ))
            );
        }
        out.push_str("</ul>");
    }
    let _ = writeln!(
        out,
        "<p class=\"small\">{} {}</p><p class=\"small\">{}</p></section></body></html>",
        escape(&sum.not_advice),
        escape(&sum.varies_by_state),
        escape(
            &s.HTML_BANK
                .replace("{version}", &sum.bank.version)
                .replace("{checked}", &sum.bank.last_checked)
        )
    );
    out
}

/// What changed since the first visit, the questions asked with what was
/// said, and answers kept from older questions: everything the parent
/// noted reaches the page.
fn history(s: &'static Words, out: &mut String, h: &crate::core::history::History) {
    if let Some(words) = crate::core::report::history_words(s, h) {
        let _ = write!(out, "<h2>{}</h2>", escape(&words.heading));
        for v in &words.visits {
            let _ = write!(out, "<p>{}</p>", escape(v));
        }
        for (_, label, items) in &words.needs {
            let _ = write!(
                out,
                "<p><b>{}</b>: {}</p>",
                escape(label),
                escape(&items.join("; "))
            );
        }
        for a in &words.after {
            let _ = write!(out, "<p>{}</p>", escape(a));
        }
    }
    if !h.asked.is_empty() {
        let _ = write!(out, "<h2>{}</h2><ul>", escape(s.ASKED_HEADING));
        for a in &h.asked {
            let mut line = s.ASKED_ON.replace("{date}", &a.date);
            if let Some(r) = a.reply.as_deref().filter(|r| !r.trim().is_empty()) {
                line.push(' ');
                line.push_str(&s.ASKED_REPLY.replace("{reply}", r));
            }
            let _ = write!(out, "<li>{}<br>{}</li>", escape(&a.text), escape(&line));
        }
        out.push_str("</ul>");
    }
    if !h.older_answers.is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2><p>{}</p><ul>",
            escape(s.OLDER_HEADING),
            escape(s.OLDER_INTRO)
        );
        for o in &h.older_answers {
            let _ = write!(
                out,
                "<li>{}: {}</li>",
                escape(&crate::core::report::older_label(s, o)),
                escape(&o.answer)
            );
        }
        out.push_str("</ul>");
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>a&'b\"</script>"),
            "&lt;script&gt;a&amp;&#39;b&quot;&lt;/script&gt;"
        );
    }
}
