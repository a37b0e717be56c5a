#include "store/historystore.h"

#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "evidence/evidencejson.h"
#include "evidence/profile.h"
#include "smtp/checklist.h"
#include "smtp/transcript.h"
#include "store/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mailflow {

namespace {

QString k(const char *text)
{
    return QString::fromLatin1(text);
}

struct ParsedRun
{
    HistoryRunInfo info;
    ReportData data;
    bool hasStart = false;
    int skippedLines = 0;
};

bool parseRunFile(const QString &path, bool full, ParsedRun *run, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = HistoryStore::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QFileInfo fi(path);
    run->info.id = fi.completeBaseName();
    run->info.filePath = fi.absoluteFilePath();
    run->info.sizeBytes = fi.size();
    run->info.started = fi.lastModified();
    run->info.verdict = k("incomplete");
    ReportData &d = run->data;
    bool ended = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.trimmed().isEmpty())
            continue;
        // The list needs only the start, local and end lines: skip parsing the rest.
        if (!full && !line.contains("\"type\":\"start\"") && !line.contains("\"type\":\"end\"")
            && !line.contains("\"type\":\"local\""))
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            ++run->skippedLines; // a line cut by a crash or a power cut
            continue;
        }
        const QJsonObject o = doc.object();
        const QString type = o.value(k("type")).toString();
        if (type == u"start") {
            run->hasStart = true;
            run->info.started = QDateTime::fromString(o.value(k("started")).toString(), Qt::ISODateWithMs);
            run->info.profileName = o.value(k("profile")).toString();
            const QJsonObject options = o.value(k("options")).toObject();
            const ProfileParseResult p = profileFromJson(options, path);
            d.options = p.profile.session;
            d.profileName = run->info.profileName;
            d.startedAt = run->info.started;
            d.environment = environmentFromJson(o.value(k("environment")).toObject());
            run->info.server = d.serverLabel();
        } else if (type == u"entry" && full) {
            d.transcript.append(entryFromJson(o));
        } else if (type == u"milestone" && full) {
            const int index = o.value(k("index")).toInt(-1);
            const Milestone m = milestoneFromJson(o.value(k("milestone")).toObject());
            if (index >= 0 && index < d.milestones.size())
                d.milestones[index] = m;
            else if (index == d.milestones.size())
                d.milestones.append(m);
        } else if (type == u"local") {
            d.environment.localAddress = o.value(k("localAddress")).toString();
        } else if (type == u"end") {
            ended = true;
            run->info.verdict = o.value(k("verdict")).toString();
            run->info.exitCode = o.value(k("exitCode")).toInt(-1);
            parseVerdictKey(run->info.verdict, &d.outcome.verdict);
            d.outcome.sentence = o.value(k("sentence")).toString();
            d.outcome.failedMilestone = o.value(k("failedMilestone")).toInt(-1);
            d.exitCode = run->info.exitCode;
            d.certificateFingerprint = o.value(k("certificateFingerprint")).toString();
        }
    }
    run->info.complete = ended;
    if (!run->hasStart) {
        if (error)
            *error = HistoryStore::tr("%1 is not a Mailflow history file (no start line).")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}
} // namespace

HistoryStore::HistoryStore(const QString &directory)
    : m_directory(directory)
{ }

QString HistoryStore::defaultDirectory()
{
    return mailflowDataDirectory() + QStringLiteral("/history");
}

QString HistoryStore::filePathFor(const QString &id) const
{
    return QDir(m_directory).filePath(id + fileSuffix());
}

QList<HistoryRunInfo> HistoryStore::list() const
{
    QList<HistoryRunInfo> out;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        ParsedRun run;
        if (parseRunFile(fi.absoluteFilePath(), false, &run, nullptr))
            out.append(run.info);
    }
    std::sort(out.begin(), out.end(), [](const HistoryRunInfo &a, const HistoryRunInfo &b) {
        return a.started != b.started ? a.started > b.started : a.id > b.id;
    });
    return out;
}

HistoryRunInfo HistoryStore::info(const QString &id) const
{
    ParsedRun run;
    if (!parseRunFile(filePathFor(id), false, &run, nullptr))
        return {};
    return run.info;
}

bool HistoryStore::loadReport(const QString &id, ReportData *data, QString *error) const
{
    ParsedRun run;
    if (!parseRunFile(filePathFor(id), true, &run, error))
        return false;
    ReportData &d = run.data;
    if (!run.info.complete) {
        // Never ended (crash, kill): judge what was recorded, like the live session would.
        Checklist checklist;
        for (const Milestone &m : std::as_const(d.milestones))
            checklist.add(m);
        SmtpReply greeting;
        const int connect = checklist.indexOf(MilestoneKind::Connect);
        if (connect >= 0)
            greeting = checklist.at(connect).reply;
        d.outcome = evaluateOutcome(checklist, greeting, d.options);
        d.exitCode = exitCodeFor(checklist);
        d.outcome.sentence = HistoryStore::tr("The run did not finish (the program was closed or stopped). %1")
                                 .arg(d.outcome.sentence);
    }
    *data = d;
    return true;
}

bool HistoryStore::load(const QString &id, Transcript *transcript, Checklist *checklist, ReportData *data,
                        QString *error) const
{
    ReportData d;
    if (!loadReport(id, &d, error))
        return false;
    if (transcript) {
        transcript->clear();
        for (const TranscriptEntry &e : std::as_const(d.transcript))
            transcript->appendRecorded(e);
    }
    if (checklist) {
        checklist->clear();
        for (const Milestone &m : std::as_const(d.milestones))
            checklist->add(m);
    }
    if (data)
        *data = d;
    return true;
}

bool HistoryStore::remove(const QString &id, QString *error)
{
    QFile file(filePathFor(id));
    if (!file.exists()) {
        if (error)
            *error = HistoryStore::tr("No run %1 in the history.").arg(id);
        return false;
    }
    if (!file.remove()) {
        if (error)
            *error = HistoryStore::tr("Cannot delete %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

HistoryRunInfo HistoryStore::previousRunOf(const QString &profileName, const QString &beforeId) const
{
    const QList<HistoryRunInfo> runs = list();
    QDateTime before;
    bool seen = beforeId.isEmpty();
    for (const HistoryRunInfo &r : runs) {
        if (!seen) {
            if (r.id == beforeId) {
                seen = true;
                before = r.started;
            }
            continue;
        }
        if (r.id == beforeId || r.profileName != profileName || !r.complete)
            continue;
        if (before.isValid() && r.started > before)
            continue;
        return r;
    }
    return {};
}

int HistoryStore::prune(const HistoryLimits &limits, const QString &keepId, const QDateTime &now)
{
    QList<HistoryRunInfo> runs = list(); // newest first
    int removed = 0;
    qint64 total = 0;
    int kept = 0;
    for (const HistoryRunInfo &r : std::as_const(runs)) {
        const bool tooOld = limits.maxAgeDays > 0 && r.started.isValid() && r.started.daysTo(now) > limits.maxAgeDays;
        const bool tooMany = limits.maxRuns > 0 && kept >= limits.maxRuns;
        const bool tooBig = limits.maxTotalBytes > 0 && total + r.sizeBytes > limits.maxTotalBytes;
        if (r.id != keepId && (tooOld || tooMany || tooBig)) {
            if (QFile::remove(r.filePath))
                ++removed;
            continue;
        }
        ++kept;
        total += r.sizeBytes;
    }
    return removed;
}

} // namespace mailflow
