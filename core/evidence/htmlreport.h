#pragma once

#include <QString>

namespace mailflow {

struct ReportData;

struct HtmlReportOptions
{
    /** Simpler markup for QTextDocument (PDF): no XML declaration, the timing chart as table bars, not SVG. */
    bool forRichText = false;
};

/**
 * A self-contained report (inline CSS, no external resources), well-formed XHTML so it can
 * also be read as XML: verdict at the top, the checklist with colours and icons and words,
 * per-step timings as a small bar chart, optional sections (DNS, TLS), the transcript and
 * the environment. Secrets are always masked.
 */
QString reportToHtml(const ReportData &data, const HtmlReportOptions &options = {});

/** Escapes text for XHTML content and attributes; control characters become U+FFFD. */
QString xmlEscaped(const QString &text);

} // namespace mailflow
