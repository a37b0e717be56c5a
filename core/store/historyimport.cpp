// The JSON-lines history of earlier versions (one "<id>.jsonl" per run: a start line, entry and
// milestone lines, local, end), read into the database once when it is created. The files stay.

#include "evidence/profile.h"
#include "smtp/checklist.h"
#include "store/historydatabase.h"
#include "store/historystore.h"
#include "store/historywriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailflow {

namespace {

QString k(const char *text)
{
    return QString::fromLatin1(text);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString recipientList(const SessionOptions &options)
{
    QStringList out;
    for (const Recipient &r : options.recipients)
        out << r.address;
    return out.join(QStringLiteral(", "));
}

/** Reads one file and writes it as a run; false (with the reason) when it has no start line. */
bool importFile(HistoryWriter &writer, const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = HistoryStore::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QFileInfo fi(path);
    QString id = fi.completeBaseName();
    bool started = false;
    int entrySeq = 0;
    int milestoneSeq = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            continue; // a line cut by a crash or a power cut
        const QJsonObject o = doc.object();
        const QString type = o.value(k("type")).toString();
        if (type == u"start" && !started) {
            started = true;
            const Profile profile = profileFromJson(o.value(k("options")).toObject(), path).profile;
            HistoryRunStart run;
            run.id = id;
            run.started = QDateTime::fromString(o.value(k("started")).toString(), Qt::ISODateWithMs);
            if (!run.started.isValid())
                run.started = fi.lastModified();
            run.profile = o.value(k("profile")).toString();
            run.host = profile.session.host;
            run.port = profile.session.port;
            run.mxDomain = profile.mxDomain;
            run.recipients = recipientList(profile.session);
            run.tls = tlsModeKey(profile.session.tls.mode);
            run.options = compact(o.value(k("options")).toObject());
            run.environment = compact(o.value(k("environment")).toObject());
            if (!writer.startRun(run, fi.size()))
                return false;
        } else if (!started) {
            continue;
        } else if (type == u"entry") {
            writer.addEntry(id, entrySeq++, line);
        } else if (type == u"milestone") {
            writer.addMilestone(id, milestoneSeq++, o.value(k("index")).toInt(-1),
                                compact(o.value(k("milestone")).toObject()));
        } else if (type == u"local") {
            writer.setLocalAddress(id, o.value(k("localAddress")).toString());
        } else if (type == u"end") {
            HistoryRunEnd end;
            end.ended = QDateTime::fromString(o.value(k("time")).toString(), Qt::ISODateWithMs);
            if (!end.ended.isValid())
                end.ended = fi.lastModified();
            end.verdict = o.value(k("verdict")).toString();
            end.sentence = o.value(k("sentence")).toString();
            end.failedIndex = o.value(k("failedMilestone")).toInt(-1);
            end.exitCode = o.value(k("exitCode")).toInt(-1);
            end.cause = o.value(k("cause")).toString();
            end.fingerprint = o.value(k("certificateFingerprint")).toString();
            writer.endRun(id, end);
        }
    }
    if (!started) {
        *problem = HistoryStore::tr("%1 is not a Mailflow history file (no start line).")
                       .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace

int importJsonLinesHistory(HistoryDatabase &database)
{
    HistoryWriter writer(database);
    const QDir dir(database.directory());
    int imported = 0;
    const QStringList files = dir.entryList({QStringLiteral("*") + HistoryStore::fileSuffix()}, QDir::Files);
    for (const QString &name : files) {
        QString problem;
        if (importFile(writer, dir.filePath(name), &problem))
            ++imported;
    }
    QSqlQuery q = database.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("jsonl-imported"));
    q.addBindValue(QStringLiteral("%1 of %2").arg(imported).arg(files.size()));
    database.exec(q);
    return imported;
}

} // namespace mailflow
