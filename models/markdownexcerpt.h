#pragma once

#include <QString>

namespace kj::models {

//! Plain text for a one- or two-line preview of a Markdown body: block markers (headings, quotes, list
//! bullets), emphasis, code ticks and link targets removed, whitespace collapsed, cut at a word boundary
//! near `maxChars` with an ellipsis.
[[nodiscard]] QString markdownExcerpt(const QString &markdown, int maxChars = 160);

//! The opening of a Markdown body, still Markdown, for a rendered preview: whole lines up to about
//! `maxChars` (at most `maxLines` non-empty ones), with an ellipsis when something was left out.
[[nodiscard]] QString markdownLead(const QString &markdown, int maxChars = 400, int maxLines = 6);

} // namespace kj::models
