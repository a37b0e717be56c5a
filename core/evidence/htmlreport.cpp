#include "evidence/htmlreport.h"

#include "evidence/reportdata.h"

#include <QCoreApplication>

namespace mailflow {

namespace {
/** The translation context of the HtmlReport texts. */
struct HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::HtmlReport)
};

QString stateIcon(MilestoneState state)
{
    switch (state) {
    case MilestoneState::Passed:
        return QStringLiteral("\u2714"); // heavy check mark
    case MilestoneState::Warning:
        return QStringLiteral("\u26A0"); // warning sign
    case MilestoneState::Failed:
        return QStringLiteral("\u2718"); // heavy ballot x
    case MilestoneState::Skipped:
        return QStringLiteral("\u2013"); // en dash
    case MilestoneState::Running:
        return QStringLiteral("\u25B6");
    case MilestoneState::Pending:
        return QStringLiteral("\u2026");
    }
    return {};
}

QString stateColour(MilestoneState state)
{
    switch (state) {
    case MilestoneState::Passed:
        return QStringLiteral("#2e7d32");
    case MilestoneState::Warning:
        return QStringLiteral("#ef6c00");
    case MilestoneState::Failed:
        return QStringLiteral("#c62828");
    default:
        return QStringLiteral("#757575");
    }
}

QString verdictIcon(SessionOutcome::Verdict verdict)
{
    switch (verdict) {
    case SessionOutcome::Verdict::Passed:
        return stateIcon(MilestoneState::Passed);
    case SessionOutcome::Verdict::Warning:
        return stateIcon(MilestoneState::Warning);
    case SessionOutcome::Verdict::Failed:
        return stateIcon(MilestoneState::Failed);
    case SessionOutcome::Verdict::NotRun:
        return stateIcon(MilestoneState::Skipped);
    }
    return {};
}

QString verdictColour(SessionOutcome::Verdict verdict)
{
    switch (verdict) {
    case SessionOutcome::Verdict::Passed:
        return stateColour(MilestoneState::Passed);
    case SessionOutcome::Verdict::Warning:
        return stateColour(MilestoneState::Warning);
    case SessionOutcome::Verdict::Failed:
        return stateColour(MilestoneState::Failed);
    case SessionOutcome::Verdict::NotRun:
        return stateColour(MilestoneState::Skipped);
    }
    return {};
}

QString css()
{
    return QStringLiteral(
        "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:1.5em;color:#212121;}"
        "h1{margin:0;font-size:1.6em;}h2{font-size:1.2em;border-bottom:1px solid #bdbdbd;margin-top:1.5em;}"
        ".verdict{padding:0.8em 1em;border-radius:6px;color:#fff;}"
        ".verdict p{margin:0.3em 0;}"
        "table{border-collapse:collapse;width:100%;}"
        "td,th{padding:3px 6px;text-align:left;vertical-align:top;border-bottom:1px solid #eee;}"
        ".state{font-weight:bold;white-space:nowrap;}"
        ".diag{color:#424242;font-size:0.9em;padding-left:2em;}"
        "table.transcript td{font-family:'DejaVu Sans Mono',monospace;font-size:0.85em;border:none;padding:1px 6px;}"
        ".dir-client td{color:#1565c0;}.dir-server td{color:#212121;}.dir-info td{color:#757575;}"
        ".dir-warning td{color:#ef6c00;}.dir-error td{color:#c62828;}"
        "td.num{text-align:right;white-space:nowrap;}"
        ".note{color:#616161;font-size:0.9em;}");
}

/** The transcript's colours by direction, as the CSS gives them to browsers. */
QString directionColour(TranscriptEntry::Direction direction)
{
    using D = TranscriptEntry::Direction;
    static const QPair<D, const char *> colours[] = {
        {D::Client, "#1565c0"},  {D::Server, "#212121"}, {D::Info, "#757575"},
        {D::Warning, "#ef6c00"}, {D::Error, "#c62828"},
    };
    for (const auto &c : colours) {
        if (c.first == direction)
            return QLatin1String(c.second);
    }
    return QStringLiteral("#212121");
}

/** QTextDocument takes a table's width from its attribute, not from CSS. */
QString fullWidth()
{
    return QStringLiteral(" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"");
}

qsizetype longestWord(const QString &text)
{
    qsizetype longest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        longest = qMax(longest, word.size());
    return longest;
}

/**
 * Column widths in percent for the checklist on paper. QTextDocument shares a table's width out evenly
 * and then breaks words inside a narrow column, so each column gets at least its longest word (an
 * address in "RCPT TO …", a heading) and "What happened" the rest, since it may wrap.
 */
QStringList checklistWidths(const QList<Milestone> &milestones, const QStringList &headings)
{
    QList<qsizetype> needed;
    for (const QString &heading : headings)
        needed << longestWord(heading) + 3; // headings are bold
    const auto widen
        = [&](int column, const QString &text) { needed[column] = qMax(needed.at(column), longestWord(text) + 1); };
    for (const Milestone &m : milestones) {
        widen(0, stateIcon(m.state) + Checklist::stateName(m.state) + u'x');
        widen(1, m.title());
        widen(2, m.expected);
        widen(4, QStringLiteral("99999 ms"));
    }
    // About 85 characters of the body font fit across A4 or Letter; "What happened" gets what is left.
    constexpr qsizetype lineLength = 85;
    needed[3] = 0;
    qsizetype others = 0;
    for (const qsizetype n : std::as_const(needed))
        others += n;
    needed[3] = qMax<qsizetype>(lineLength - others, 25);
    const qsizetype total = others + needed.at(3);
    QStringList widths;
    for (const qsizetype n : std::as_const(needed))
        widths << QString::number(n * 100 / total);
    return widths;
}

QString attrColour(const QString &colour)
{
    return QStringLiteral("color:%1;").arg(colour);
}
} // namespace

QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\t':
            out += c;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString reportToHtml(const ReportData &source, const HtmlReportOptions &options)
{
    const ReportData d = source.redacted();
    const auto e = [](const QString &text) { return xmlEscaped(text); };
    QString h;
    if (!options.forRichText)
        h += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
    h += QStringLiteral("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                        "<meta charset=\"utf-8\"/>\n<title>%1</title>\n<style type=\"text/css\">%2</style>\n"
                        "</head>\n<body>\n")
             .arg(e(HtmlReport::tr("Mailflow report: %1").arg(d.serverLabel())), css());

    // Verdict first: what a ticket reader needs.
    const QString vColour = verdictColour(d.outcome.verdict);
    // QTextDocument paints a div's background behind each line only: on paper the banner is a one-cell table.
    h += options.forRichText
        ? QStringLiteral("<table id=\"verdict\" class=\"verdict verdict-%1\" width=\"100%\" cellspacing=\"0\" "
                         "cellpadding=\"8\"><tr><td bgcolor=\"%2\" style=\"color:#ffffff;\">\n")
              .arg(verdictKey(d.outcome.verdict), vColour)
        : QStringLiteral("<div id=\"verdict\" class=\"verdict verdict-%1\" style=\"background-color:%2;\">\n")
              .arg(verdictKey(d.outcome.verdict), vColour);
    const QString white = options.forRichText ? QStringLiteral(" style=\"color:#ffffff;\"") : QString();
    h += QStringLiteral("<h1%3><span class=\"icon\">%1</span> %2</h1>\n")
             .arg(verdictIcon(d.outcome.verdict), e(verdictTitle(d.outcome.verdict).toUpper()), white);
    h += QStringLiteral("<p class=\"sentence\"%2>%1</p>\n").arg(e(d.outcome.sentence), white);
    QString facts = HtmlReport::tr("Server %1").arg(d.serverLabel());
    if (!d.profileName.isEmpty())
        facts += QStringLiteral(" \u00B7 ") + HtmlReport::tr("Profile %1").arg(d.profileName);
    facts += QStringLiteral(" \u00B7 ") + HtmlReport::tr("Started %1").arg(d.startedAt.toString(Qt::ISODateWithMs));
    facts += QStringLiteral(" \u00B7 ") + HtmlReport::tr("Exit code %1").arg(d.exitCode);
    h += QStringLiteral("<p class=\"facts\"%2>%1</p>\n%3\n")
             .arg(e(facts), white,
                  options.forRichText ? QStringLiteral("</td></tr></table>") : QStringLiteral("</div>"));

    // Checklist with colour, icon and word, so it reads in black and white too.
    const QStringList headings {HtmlReport::tr("Result"), HtmlReport::tr("Step"), HtmlReport::tr("Expected"),
                                HtmlReport::tr("What happened"), HtmlReport::tr("Time")};
    h += QStringLiteral("<h2 id=\"checklist\">%1</h2>\n<table class=\"checklist\"%2>\n")
             .arg(e(HtmlReport::tr("Checklist")), options.forRichText ? fullWidth() : QString());
    h += QStringLiteral("<thead><tr>");
    const QStringList widths = options.forRichText ? checklistWidths(d.milestones, headings) : QStringList();
    for (int i = 0; i < headings.size(); ++i)
        h += QStringLiteral("<th%1>%2</th>")
                 .arg(widths.isEmpty() ? QString() : QStringLiteral(" width=\"%1%\"").arg(widths.at(i)),
                      e(headings.at(i)));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const Milestone &m : d.milestones) {
        const QString colour = stateColour(m.state);
        h += QStringLiteral("<tr class=\"state-%1\"><td class=\"state\" style=\"%2\"><span class=\"icon\">%3</span> "
                            "%4</td><td>%5</td><td>%6</td><td>%7</td><td class=\"num\">%8</td></tr>\n")
                 .arg(Checklist::stateKey(m.state), attrColour(colour), stateIcon(m.state),
                      e(Checklist::stateName(m.state)), e(m.title()), e(m.expected), e(m.summary),
                      m.durationMs >= 0 ? e(HtmlReport::tr("%1 ms").arg(m.durationMs)) : QString());
        if ((m.state == MilestoneState::Failed || m.state == MilestoneState::Warning) && !m.diagnosis.isEmpty()) {
            QString diag = e(m.diagnosis.meaning);
            if (!m.diagnosis.nextStep.isEmpty())
                diag += QStringLiteral("<br/><b>%1</b> %2").arg(e(HtmlReport::tr("Next:")), e(m.diagnosis.nextStep));
            h += QStringLiteral("<tr class=\"diagnosis\"><td></td><td colspan=\"4\" class=\"diag\">%1</td></tr>\n")
                     .arg(diag);
        }
    }
    h += QStringLiteral("</tbody>\n</table>\n");

    // Per-step timings as a small bar chart.
    qint64 longest = 0;
    for (const Milestone &m : d.milestones)
        longest = qMax(longest, m.durationMs);
    h += QStringLiteral("<h2 id=\"timings\">%1</h2>\n").arg(e(HtmlReport::tr("Timings")));
    if (longest <= 0) {
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(e(HtmlReport::tr("No step was timed.")));
    } else if (options.forRichText) {
        h += QStringLiteral("<table class=\"timings\"%1>\n").arg(fullWidth());
        for (const Milestone &m : d.milestones) {
            if (m.durationMs < 0)
                continue;
            const int percent = qMax(1, int(m.durationMs * 100 / longest));
            // QTextDocument ignores the width of a nested table, so the bar is a coloured cell beside an empty one.
            const QString rest
                = percent < 100 ? QStringLiteral("<td width=\"%1%\">&#160;</td>").arg(100 - percent) : QString();
            h += QStringLiteral(
                     "<tr><td width=\"38%\">%1</td><td width=\"50%\"><table width=\"100%\" cellspacing=\"0\" "
                     "cellpadding=\"0\"><tr><td width=\"%2%\" bgcolor=\"%3\">&#160;</td>%4</tr></table></td>"
                     "<td class=\"num\">%5</td></tr>\n")
                     .arg(e(m.title()), QString::number(percent), stateColour(m.state), rest,
                          e(HtmlReport::tr("%1 ms").arg(m.durationMs)));
        }
        h += QStringLiteral("</table>\n");
    } else {
        int rows = 0;
        for (const Milestone &m : d.milestones)
            rows += m.durationMs >= 0 ? 1 : 0;
        const int rowHeight = 20;
        h += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"640\" height=\"%1\" "
                            "role=\"img\" aria-label=\"%2\">\n")
                 .arg(QString::number(rows * rowHeight + 4), e(HtmlReport::tr("Time per step")));
        int row = 0;
        for (const Milestone &m : d.milestones) {
            if (m.durationMs < 0)
                continue;
            const int y = row * rowHeight + 2;
            const int width = qMax(1, int(m.durationMs * 340 / longest));
            h += QStringLiteral(
                     "<text x=\"0\" y=\"%1\" font-size=\"12\" font-family=\"sans-serif\">%2</text>"
                     "<rect x=\"220\" y=\"%3\" width=\"%4\" height=\"14\" fill=\"%5\"><title>%6</title>"
                     "</rect><text x=\"%7\" y=\"%1\" font-size=\"12\" font-family=\"sans-serif\">%8</text>\n")
                     .arg(QString::number(y + 13), e(m.title().left(32)), QString::number(y + 2),
                          QString::number(width), stateColour(m.state), e(m.title()), QString::number(220 + width + 6),
                          e(HtmlReport::tr("%1 ms").arg(m.durationMs)));
            ++row;
        }
        h += QStringLiteral("</svg>\n");
    }

    if (!d.certificateFingerprint.isEmpty())
        h += QStringLiteral("<p class=\"certificate\">%1 <code>%2</code></p>\n")
                 .arg(e(HtmlReport::tr("Certificate SHA-256:")), e(d.certificateFingerprint));
    // TLS, DNS and the environment.
    for (const ReportSection &section : reportSections(d)) {
        h += QStringLiteral("<h2 id=\"%1\">%2</h2>\n<table class=\"section %1\"%3>\n")
                 .arg(e(section.id), e(section.title), options.forRichText ? fullWidth() : QString());
        // On paper the keys' column is as wide as the longest key, not half the table.
        qsizetype key = 0;
        for (const auto &line : section.lines)
            key = qMax(key, line.first.size());
        const QString keyWidth = options.forRichText
            ? QStringLiteral(" width=\"%1%\"").arg(qMin<qsizetype>(40, (key + 3) * 100 / 85))
            : QString();
        for (const auto &line : section.lines) {
            h += QStringLiteral("<tr><th%3>%1</th><td>%2</td></tr>\n").arg(e(line.first), e(line.second), keyWidth);
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2 id=\"transcript\">%1</h2>\n").arg(e(HtmlReport::tr("Transcript")));
    if (options.forRichText) {
        // On paper one monospace block over the whole width: in a table the text would get a narrow column.
        for (const TranscriptEntry &entry : d.transcript) {
            const QString line = QStringLiteral("%1 %2 %3 %4")
                                     .arg(QString::number(entry.elapsedMs / 1000.0, 'f', 3).rightJustified(7),
                                          entry.clockTime(), Transcript::marker(entry.direction), entry.text);
            h += QStringLiteral("<p class=\"dir-%1\" style=\"margin:0;font-family:'DejaVu Sans Mono',monospace;"
                                "font-size:8pt;white-space:pre-wrap;color:%2;\">%3</p>\n")
                     .arg(Transcript::directionName(entry.direction), directionColour(entry.direction), e(line));
        }
    } else {
        h += QStringLiteral("<table class=\"transcript\">\n");
        for (const TranscriptEntry &entry : d.transcript) {
            h += QStringLiteral(
                     "<tr class=\"dir-%1\"><td class=\"num\">%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                     .arg(Transcript::directionName(entry.direction), QString::number(entry.elapsedMs / 1000.0, 'f', 3),
                          entry.clockTime(), e(Transcript::marker(entry.direction)), e(entry.text));
        }
        h += QStringLiteral("</table>\n");
    }

    if (d.redaction.maskAddresses || d.redaction.maskHosts)
        h += QStringLiteral("<p class=\"note\">%1</p>\n")
                 .arg(e(HtmlReport::tr("Addresses and host names in this report were replaced by pseudonyms.")));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace mailflow
