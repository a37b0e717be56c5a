#include "watchrunner.h"

#include "diagnosis/exitcodes.h"
#include "profilerunner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace mailflow {

WatchRunner::WatchRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(stdout)
{ }

void WatchRunner::start()
{
    m_sinceStart.start();
    const WatchOptions &watch = m_options.watch;
    if (m_options.format == CliOptions::Format::Text) {
        QStringList until;
        if (watch.untilPasses)
            until << tr("a run passes");
        if (watch.untilChanges)
            until << tr("the result changes");
        if (watch.untilMs > 0)
            until << tr("%1 hours have passed").arg(watch.untilMs / 3'600'000.0, 0, 'g', 4);
        m_out << tr("Watching the profile %1: a run every %2 minutes until %3.")
                     .arg(m_options.evidence.profiles.constFirst())
                     .arg(watch.intervalMs / 60'000.0, 0, 'g', 4)
                     .arg(until.join(tr(" or ")))
              << u'\n';
        m_out.flush();
    }
    runOnce();
}

void WatchRunner::runOnce()
{
    ++m_runs;
    m_runStartedMs = m_sinceStart.elapsed();
    m_discard.close();
    m_discard.setData(QByteArray());
    m_discard.open(QIODevice::WriteOnly);
    CliOptions options = m_options;
    options.watch = {};
    m_runner = new ProfileRunner(options, this);
    m_runner->setOutputDevice(&m_discard);
    connect(m_runner, &ProfileRunner::done, this, &WatchRunner::onRunDone);
    m_runner->start();
}

void WatchRunner::onRunDone()
{
    const ProfileRunner::Row row = m_runner->rows().value(0);
    m_runner->deleteLater();
    m_runner = nullptr;
    const bool changed = m_runs > 1 && (row.exitCode != m_lastCode || row.verdict != m_lastVerdict);
    m_lastCode = row.exitCode;
    m_lastVerdict = row.verdict;
    printLine(row.verdict, row.exitCode, row.server, row.error, changed);

    const WatchOptions &watch = m_options.watch;
    if (!row.error.isEmpty() && row.exitCode == ExitBadInput) {
        // The profile cannot be run (missing, invalid): watching it would only repeat the error.
        Q_EMIT done(ExitBadInput);
        return;
    }
    if (watch.untilPasses && row.exitCode == ExitOk) {
        Q_EMIT done(ExitOk);
        return;
    }
    if (watch.untilChanges && changed) {
        Q_EMIT done(ExitWatchChanged);
        return;
    }
    const qint64 nextStart = m_runStartedMs + watch.intervalMs;
    if (watch.untilMs > 0 && nextStart > watch.untilMs) {
        if (m_options.format == CliOptions::Format::Text) {
            m_out << tr("Time is up after %n run(s).", nullptr, m_runs) << u'\n';
            m_out.flush();
        }
        Q_EMIT done(row.exitCode);
        return;
    }
    QTimer::singleShot(qMax<qint64>(0, nextStart - m_sinceStart.elapsed()), this, &WatchRunner::runOnce);
}

void WatchRunner::printLine(const QString &verdict, int code, const QString &server, const QString &error, bool changed)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (m_options.format == CliOptions::Format::Json) {
        QJsonObject line {{QStringLiteral("run"), m_runs},    {QStringLiteral("time"), now.toString(Qt::ISODate)},
                          {QStringLiteral("server"), server}, {QStringLiteral("verdict"), verdict},
                          {QStringLiteral("exitCode"), code}, {QStringLiteral("changed"), changed}};
        if (!error.isEmpty())
            line[QStringLiteral("error")] = error;
        m_out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << u'\n';
    } else {
        m_out << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(now.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")),
                          tr("run %1").arg(m_runs).leftJustified(7), verdict.leftJustified(8),
                          tr("exit %1").arg(code).leftJustified(7), error.isEmpty() ? server : error);
        if (changed)
            m_out << QStringLiteral("  ") << tr("(changed)");
        m_out << u'\n';
    }
    m_out.flush();
}

} // namespace mailflow
