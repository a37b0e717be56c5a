#pragma once

#include "diagnosis/testdiagnosis.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

/** How a check around the conversation came out, as its checklist row shows it. */
enum class CheckSeverity { Information, Passed, Warning, Failure, NotAnswered };

QString checkSeverityKey(CheckSeverity severity);
/** "Warning", translated. */
QString checkSeverityTitle(CheckSeverity severity);
bool parseCheckSeverityKey(QStringView key, CheckSeverity *severity);

/**
 * One result of a check around the conversation ("is it me or them?"): a row of its group in the
 * checklist, a line of the CLI and a paragraph of every report.
 */
struct CheckFinding
{
    /** The stable id of the check that found it: "port-25", "own-address", "reverse-dns", "blocklist",
     *  "open-relay", "spf", "dmarc", "mta-sts", "tls-rpt", "address-family". */
    QString checkId;
    CheckSeverity severity = CheckSeverity::Information;
    /** The row's title, translated: "Port 25 from this network". */
    QString title;
    /** What it means in plain words, translated. */
    QString sentence;
    Actor who = Actor::Nobody;
    /** What to do now, translated; empty when nothing is to be done. */
    QStringList steps;
    /** What it rests on, as it was seen: DNS answers, records, replies (never translated). */
    QStringList evidence;
    qint64 durationMs = -1;

    friend bool operator==(const CheckFinding &, const CheckFinding &) = default;
};

using CheckFindings = QList<CheckFinding>;

} // namespace mailflow
