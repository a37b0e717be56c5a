#include "store/historystore.h"

#include "base/datafiles.h"
#include "checks/checkfindingtext.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "evidence/evidencejson.h"
#include "evidence/profile.h"
#include "smtp/checklist.h"
#include "smtp/transcript.h"
#include "store/historydatabase.h"
#include "store/historywriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <iterator>
#include <limits>

namespace mailflow {

namespace {

const QString kColumns = QStringLiteral(
    "id, started_ms, ended_ms, profile, host, port, mx_domain, recipients, tls, verdict, sentence, failed_index, "
    "failed_step, exit_code, cause, duration_ms, size_bytes");

struct SortColumn
{
    HistoryQuery::Sort sort;
    const char *sql;
};
// The order a column sorts by; ties always fall back to the newest first.
constexpr SortColumn sortColumns[] = {
    {HistoryQuery::Sort::Started, "started_ms"},    {HistoryQuery::Sort::Server, "host"},
    {HistoryQuery::Sort::Recipients, "recipients"}, {HistoryQuery::Sort::Profile, "profile"},
    {HistoryQuery::Sort::Verdict, "verdict"},       {HistoryQuery::Sort::Cause, "cause"},
};

QString sortColumn(HistoryQuery::Sort sort)
{
    for (const SortColumn &c : sortColumns) {
        if (c.sort == sort)
            return QString::fromLatin1(c.sql);
    }
    return QStringLiteral("started_ms");
}

HistoryRunInfo infoFromRow(const QSqlQuery &q)
{
    HistoryRunInfo r;
    r.id = q.value(0).toString();
    // UTC: a local time here costs a time-zone lookup per row (glibc stats /etc/localtime each time), and
    // a list reads thousands; whoever shows one converts it.
    r.started = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    r.complete = !q.value(2).isNull();
    if (r.complete)
        r.ended = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    r.profileName = q.value(3).toString();
    r.host = q.value(4).toString();
    r.port = q.value(5).toInt();
    r.server = r.host.contains(u':') ? QStringLiteral("[%1]:%2").arg(r.host).arg(r.port)
                                     : QStringLiteral("%1:%2").arg(r.host).arg(r.port);
    r.mxDomain = q.value(6).toString();
    r.recipients = q.value(7).toString();
    r.tls = q.value(8).toString();
    r.verdict = r.complete ? q.value(9).toString() : QStringLiteral("incomplete");
    r.sentence = q.value(10).toString();
    r.failedIndex = q.value(11).toInt();
    r.failedStep = q.value(12).toString();
    r.exitCode = q.value(13).toInt();
    r.cause = q.value(14).toString();
    r.durationMs = q.value(15).toLongLong();
    r.sizeBytes = q.value(16).toLongLong();
    return r;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

/** The WHERE clause of a query and its values, in order. */
QString whereClause(const HistoryQuery &query, QVariantList *values)
{
    QStringList parts;
    auto like = [&](const QString &sql, const QString &text, int times) {
        parts << sql;
        for (int i = 0; i < times; ++i)
            *values << likePattern(text);
    };
    if (!query.text.isEmpty()) {
        static const char *const searched[]
            = {"host", "mx_domain", "recipients", "profile", "verdict", "failed_step", "cause", "id"};
        QStringList any;
        for (const char *column : searched)
            any << QString::fromLatin1(column) + QStringLiteral(" LIKE ? ESCAPE '\\'");
        like(u'(' + any.join(QStringLiteral(" OR ")) + u')', query.text, int(std::size(searched)));
    }
    if (!query.host.isEmpty())
        like(QStringLiteral("host LIKE ? ESCAPE '\\'"), query.host, 1);
    if (!query.domain.isEmpty())
        like(QStringLiteral("(mx_domain LIKE ? ESCAPE '\\' OR recipients LIKE ? ESCAPE '\\')"),
             query.domain.startsWith(u'@') ? query.domain.mid(1) : query.domain, 2);
    if (!query.profile.isEmpty()) {
        parts << QStringLiteral("profile = ?");
        *values << query.profile;
    }
    if (!query.verdict.isEmpty()) {
        parts << (query.verdict == u"incomplete" ? QStringLiteral("ended_ms IS NULL AND ? = 'incomplete'")
                                                 : QStringLiteral("ended_ms IS NOT NULL AND verdict = ?"));
        *values << query.verdict;
    }
    if (!query.cause.isEmpty()) {
        parts << QStringLiteral("cause = ?");
        *values << query.cause;
    }
    if (query.from.isValid()) {
        parts << QStringLiteral("started_ms >= ?");
        *values << query.from.startOfDay().toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        parts << QStringLiteral("started_ms < ?");
        *values << query.to.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

HistoryStore::HistoryStore(const QString &directory)
    : m_directory(directory)
{ }

HistoryStore::~HistoryStore() = default;

QString HistoryStore::defaultDirectory()
{
    return mailflowDataDirectory() + QStringLiteral("/history");
}

QString HistoryStore::databasePath() const
{
    return QDir(m_directory).filePath(HistoryDatabase::fileName());
}

HistoryDatabase &HistoryStore::db() const
{
    if (!m_db)
        m_db = std::make_unique<HistoryDatabase>(m_directory);
    m_db->open();
    return *m_db;
}

bool HistoryStore::open() const
{
    return db().isOpen();
}

QString HistoryStore::errorString() const
{
    return db().isOpen() ? QString() : db().errorString();
}

QString HistoryStore::notice() const
{
    return db().notice();
}

QList<HistoryRunInfo> HistoryStore::list() const
{
    return query(HistoryQuery {});
}

QList<HistoryRunInfo> HistoryStore::query(const HistoryQuery &query) const
{
    QList<HistoryRunInfo> out;
    HistoryDatabase &d = db();
    if (!d.isOpen())
        return out;
    QVariantList values;
    const QString direction = query.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql = QStringLiteral("SELECT %1 FROM runs%2 ORDER BY ").arg(kColumns, whereClause(query, &values));
    if (query.sort != HistoryQuery::Sort::Started)
        sql += sortColumn(query.sort) + u' ' + direction + QStringLiteral(", ");
    sql += QStringLiteral("started_ms %1, id %1")
               .arg(query.sort == HistoryQuery::Sort::Started ? direction : QStringLiteral("DESC"));
    sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    QSqlQuery q = d.prepare(sql);
    q.setForwardOnly(true);
    bindAll(q, values);
    if (!d.exec(q))
        return out;
    while (q.next())
        out.append(infoFromRow(q));
    return out;
}

int HistoryStore::count(const HistoryQuery &query) const
{
    HistoryDatabase &d = db();
    if (!d.isOpen())
        return 0;
    QVariantList values;
    QSqlQuery q = d.prepare(QStringLiteral("SELECT count(*) FROM runs") + whereClause(query, &values));
    bindAll(q, values);
    return d.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QStringList HistoryStore::distinctValues(HistoryQuery::Sort column) const
{
    QStringList out;
    HistoryDatabase &d = db();
    if (!d.isOpen())
        return out;
    const QString c = sortColumn(column);
    QSqlQuery q = d.prepare(QStringLiteral("SELECT DISTINCT %1 FROM runs WHERE %1 != '' ORDER BY %1").arg(c));
    if (d.exec(q)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

HistoryRunInfo HistoryStore::info(const QString &id) const
{
    HistoryDatabase &d = db();
    if (!d.isOpen())
        return {};
    QSqlQuery q = d.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return d.exec(q) && q.next() ? infoFromRow(q) : HistoryRunInfo {};
}

bool HistoryStore::loadReport(const QString &id, ReportData *data, QString *error) const
{
    HistoryDatabase &d = db();
    auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!d.isOpen())
        return failWith(d.errorString());
    const HistoryRunInfo run = info(id);
    if (run.id.isEmpty()) {
        const QString legacy = QDir(m_directory).filePath(id + fileSuffix());
        if (QFile::exists(legacy))
            return failWith(tr("%1 is not in the history: it is not a Mailflow history file, or it was added after "
                               "the history was imported.")
                                .arg(QDir::toNativeSeparators(legacy)));
        return failWith(tr("No run %1 in the history.").arg(id));
    }
    ReportData out;
    QSqlQuery q
        = d.prepare(QStringLiteral("SELECT options, environment, local_address, fingerprint FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!d.exec(q) || !q.next())
        return failWith(d.errorString());
    out.profileName = run.profileName;
    out.startedAt = run.started.toLocalTime();
    const QJsonObject options = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    out.options = profileFromJson(options, databasePath()).profile.session;
    out.environment = environmentFromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    out.environment.localAddress = q.value(2).toString();
    out.certificateFingerprint = q.value(3).toString();

    QSqlQuery entries = d.prepare(QStringLiteral("SELECT data FROM entries WHERE run_id = ? ORDER BY seq"));
    entries.setForwardOnly(true);
    entries.addBindValue(id);
    if (!d.exec(entries))
        return failWith(d.errorString());
    while (entries.next())
        out.transcript.append(entryFromJson(QJsonDocument::fromJson(entries.value(0).toString().toUtf8()).object()));

    // Milestone changes are kept in the order they happened; the last word on each index wins.
    QSqlQuery milestones = d.prepare(QStringLiteral("SELECT idx, data FROM milestones WHERE run_id = ? ORDER BY seq"));
    milestones.setForwardOnly(true);
    milestones.addBindValue(id);
    if (!d.exec(milestones))
        return failWith(d.errorString());
    while (milestones.next()) {
        const int index = milestones.value(0).toInt();
        const Milestone m
            = milestoneFromJson(QJsonDocument::fromJson(milestones.value(1).toString().toUtf8()).object());
        if (index >= 0 && index < out.milestones.size())
            out.milestones[index] = m;
        else if (index == out.milestones.size())
            out.milestones.append(m);
    }

    // Databases from before the findings' table (schema 1) have none to give: they were migrated on opening.
    QSqlQuery findings = d.prepare(QStringLiteral("SELECT data FROM findings WHERE run_id = ? ORDER BY seq"));
    findings.setForwardOnly(true);
    findings.addBindValue(id);
    if (!d.exec(findings))
        return failWith(d.errorString());
    QJsonArray checks;
    while (findings.next())
        checks << QJsonDocument::fromJson(findings.value(0).toString().toUtf8()).object();
    out.checks = checkFindingsFromJson(checks);

    if (run.complete) {
        parseVerdictKey(run.verdict, &out.outcome.verdict);
        out.outcome.sentence = run.sentence;
        out.outcome.failedMilestone = run.failedIndex;
        out.exitCode = run.exitCode;
    } else {
        // Never ended (crash, kill): judge what was recorded, like the live session would.
        Checklist checklist;
        for (const Milestone &m : std::as_const(out.milestones))
            checklist.add(m);
        SmtpReply greeting;
        const int connect = checklist.indexOf(MilestoneKind::Connect);
        if (connect >= 0)
            greeting = checklist.at(connect).reply;
        out.outcome = evaluateOutcome(checklist, greeting, out.options);
        out.exitCode = exitCodeFor(checklist);
        out.outcome.sentence
            = tr("The run did not finish (the program was closed or stopped). %1").arg(out.outcome.sentence);
    }
    *data = out;
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
    HistoryDatabase &d = db();
    QSqlQuery q = d.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!d.isOpen() || !d.exec(q)) {
        if (error)
            *error = tr("Cannot delete %1: %2").arg(id, d.errorString());
        return false;
    }
    if (q.numRowsAffected() < 1) {
        if (error)
            *error = tr("No run %1 in the history.").arg(id);
        return false;
    }
    return true;
}

HistoryRunInfo HistoryStore::previousRunOf(const QString &profileName, const QString &beforeId) const
{
    HistoryDatabase &d = db();
    if (!d.isOpen())
        return {};
    qint64 beforeMs = std::numeric_limits<qint64>::max();
    if (!beforeId.isEmpty()) {
        const HistoryRunInfo before = info(beforeId);
        if (before.id.isEmpty())
            return {};
        beforeMs = before.started.toMSecsSinceEpoch();
    }
    QSqlQuery q = d.prepare(QStringLiteral("SELECT %1 FROM runs WHERE profile = ? AND ended_ms IS NOT NULL AND id != ? "
                                           "AND (started_ms < ? OR (started_ms = ? AND id < ?)) "
                                           "ORDER BY started_ms DESC, id DESC LIMIT 1")
                                .arg(kColumns));
    q.addBindValue(sqlText(profileName));
    q.addBindValue(sqlText(beforeId));
    q.addBindValue(beforeMs);
    q.addBindValue(beforeMs);
    q.addBindValue(sqlText(beforeId));
    return d.exec(q) && q.next() ? infoFromRow(q) : HistoryRunInfo {};
}

int HistoryStore::prune(const HistoryLimits &limits, const QString &keepId, const QDateTime &now)
{
    return pruneHistory(db(), limits, keepId, now);
}

} // namespace mailflow
