#include "profilerunner.h"

#include "clirunner.h"
#include "clisecurity.h"
#include "connectionoptions.h"
#include "diagnosis/exitcodes.h"
#include "mxcli.h"
#include "store/profilestore.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace mailflow {

ProfileRunner::ProfileRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(stdout)
    , m_err(stderr)
{ }

void ProfileRunner::expand()
{
    const ProfileStore store;
    for (const QString &arg : std::as_const(m_options.evidence.profiles)) {
        QStringList sources;
        if (QFileInfo(arg).isDir()) {
            const QFileInfoList files
                = QDir(arg).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
            for (const QFileInfo &f : files)
                sources << f.absoluteFilePath();
            if (sources.isEmpty())
                m_items.append(Item {arg, {}, tr("No profiles (*.json) in the folder %1.").arg(arg)});
        } else {
            sources << arg;
        }
        for (const QString &source : std::as_const(sources)) {
            const ProfileParseResult r = store.load(source);
            for (const QString &warning : r.warnings)
                m_err << QStringLiteral("mailflow-cli: warning: %1\n").arg(warning);
            Item item {source, r.profile, r.error};
            if (r.ok) {
                item.label = r.profile.name.isEmpty() ? source : r.profile.name;
                const QStringList problems = profileRunProblems(r.profile);
                if (!problems.isEmpty())
                    item.error = problems.join(u' ');
            }
            m_items.append(item);
        }
    }
    m_err.flush();
}

QString ProfileRunner::saveFileFor(const Profile &profile) const
{
    QString save = m_options.evidence.saveFile;
    if (save.isEmpty() || m_items.size() < 2)
        return save;
    QString safe;
    for (const QChar c : profile.name)
        safe += c.isLetterOrNumber() || c == u'-' || c == u'.' ? c : u'_';
    const QFileInfo info(save);
    return info.dir().filePath(info.completeBaseName() + u'_' + safe + u'.' + info.suffix());
}

void ProfileRunner::setOutputDevice(QIODevice *device)
{
    m_device = device;
    m_out.setDevice(device);
}

void ProfileRunner::start()
{
    expand();
    m_rows.resize(m_items.size());
    m_held.fill(nullptr, m_items.size());
    m_ended.fill(false, m_items.size());
    // Deferred so done() always arrives inside the event loop, even when no profile could be read.
    QTimer::singleShot(0, this, &ProfileRunner::runNext);
}

void ProfileRunner::runNext()
{
    while (m_running < qMax(1, m_options.jobs) && m_next < m_items.size())
        launch(m_next++);
    if (m_next >= m_items.size() && m_running == 0)
        finish();
}

void ProfileRunner::failItem(int index, const QString &error)
{
    m_err << QStringLiteral("mailflow-cli: %1\n").arg(error);
    m_err.flush();
    Row &row = m_rows[index];
    row.name = m_items.at(index).label;
    row.verdict = QStringLiteral("error");
    row.exitCode = ExitBadInput;
    row.error = error;
    m_ended[index] = true;
    printFinished();
}

bool ProfileRunner::launch(int index)
{
    const Item &item = m_items.at(index);
    if (!item.error.isEmpty()) {
        failItem(index, item.error);
        return false;
    }
    const bool json = m_options.format == CliOptions::Format::Json;
    CliOptions options = m_options;
    options.session = item.profile.session;
    // The command line's checks win over the profile's; its relay probe is added to a profile without one.
    if (!m_options.checksGiven)
        options.checks = item.profile.checks;
    if (m_options.session.relayCheck.enabled && !options.session.relayCheck.enabled)
        options.session.relayCheck = m_options.session.relayCheck;
    options.session.message.bodyFile = item.profile.resolvedBodyFile();
    options.evidence.profiles.clear();
    options.evidence.saveFile = saveFileFor(item.profile);
    Credentials credentials;
    QString why;
    if ((options.session.auth.isEnabled() && !readCliPassword(options, &credentials, &why))
        || !readCliProxyPassword(options, &credentials, &why)) {
        failItem(index, why);
        return false;
    }
    // Several at a time: the run writes into its own buffer, printed in the profiles' order.
    QIODevice *output = m_device;
    if (m_options.jobs > 1 && m_items.size() > 1) {
        auto *buffer = new QBuffer(this);
        buffer->open(QIODevice::WriteOnly);
        m_held[index] = buffer;
        output = buffer;
    }
    if (!json && m_items.size() > 1) {
        QTextStream header(output ? output : m_out.device());
        header << QStringLiteral("=== %1 ===\n").arg(tr("Profile %1").arg(item.profile.name));
    }
    ++m_running;
    const QString name = item.profile.name;
    if (item.profile.usesMx()) {
        // As --mx DOMAIN: the most preferred MX with an address is tested.
        options.mx.enabled = true;
        options.mx.domain = item.profile.mxDomain;
        options.mx.reverseDns = true;
        auto *mx = new MxCli(options, this);
        mx->setCredentials(credentials);
        mx->setProfileName(name);
        if (output)
            mx->setOutputDevice(output);
        connect(mx, &MxCli::done, this, [this, index, mx, name, domain = item.profile.mxDomain](int code) {
            if (const CliRunner *runner = mx->singleRunner()) {
                m_rows[index] = rowFor(name, *runner, code);
            } else {
                Row &row = m_rows[index];
                row.name = name;
                row.server = domain;
                row.verdict = QStringLiteral("error");
                row.exitCode = code;
                row.error = tr("The MX lookup of %1 found no server to test.").arg(domain);
            }
            mx->deleteLater();
            runEnded(index);
        });
        mx->start();
        return true;
    }
    auto *runner = new CliRunner(options, this);
    runner->setCredentials(credentials);
    runner->setProfileName(name);
    runner->setQuiet(json && m_items.size() > 1);
    if (output)
        runner->setOutputDevice(output);
    connect(runner, &CliRunner::done, this, [this, index, runner, name](int code) {
        m_rows[index] = rowFor(name, *runner, code);
        runner->deleteLater();
        runEnded(index);
    });
    runner->start();
    return true;
}

ProfileRunner::Row ProfileRunner::rowFor(const QString &name, const CliRunner &runner, int code) const
{
    Row row;
    row.name = name;
    row.server = runner.report().serverLabel();
    row.verdict = verdictKey(runner.report().outcome.verdict);
    row.cause = runner.report().diagnosis.causeKey();
    row.exitCode = code;
    row.report = runner.reportJson();
    if (!runner.hasPreviousRun())
        row.changes = tr("no previous run");
    else if (runner.changes().isEmpty())
        row.changes = tr("no changes");
    else
        row.changes = tr("%n change(s)", nullptr, int(runner.changes().size()));
    return row;
}

void ProfileRunner::runEnded(int index)
{
    if (m_items.size() > 1 && m_options.format == CliOptions::Format::Text) {
        QTextStream tail(m_held.at(index) ? m_held.at(index) : m_out.device());
        tail << u'\n';
    }
    --m_running;
    m_ended[index] = true;
    printFinished();
    QTimer::singleShot(0, this, &ProfileRunner::runNext);
}

void ProfileRunner::printFinished()
{
    while (m_printed < m_items.size() && m_ended.at(m_printed)) {
        if (QBuffer *held = m_held.at(m_printed)) {
            m_out << QString::fromUtf8(held->data());
            m_out.flush();
            delete held;
            m_held[m_printed] = nullptr;
        }
        ++m_printed;
    }
}

void ProfileRunner::finish()
{
    int worst = ExitOk;
    for (const Row &row : std::as_const(m_rows))
        worst = qMax(worst, row.exitCode);
    if (m_options.format == CliOptions::Format::Json) {
        if (m_items.size() > 1 || m_rows.size() != 1 || !m_rows.first().error.isEmpty()) {
            QJsonArray runs;
            for (const Row &row : std::as_const(m_rows)) {
                QJsonObject o {{QStringLiteral("profile"), row.name},
                               {QStringLiteral("server"), row.server},
                               {QStringLiteral("verdict"), row.verdict},
                               {QStringLiteral("exitCode"), row.exitCode}};
                if (!row.error.isEmpty())
                    o[QStringLiteral("error")] = row.error;
                else
                    o[QStringLiteral("report")] = row.report;
                runs.append(o);
            }
            const QJsonObject batch {{QStringLiteral("format"), QStringLiteral("mailflow-batch")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("exitCode"), worst},
                                     {QStringLiteral("runs"), runs}};
            m_out << QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Indented));
        }
    } else {
        m_out << u'\n' << tr("Summary:") << u'\n';
        m_out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                     .arg(tr("Profile").leftJustified(24), tr("Server").leftJustified(28),
                          tr("Verdict").leftJustified(9), tr("Exit").leftJustified(4), tr("Cause").leftJustified(22),
                          tr("Changes"));
        for (const Row &row : std::as_const(m_rows)) {
            m_out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                         .arg(row.name.leftJustified(24), row.server.leftJustified(28), row.verdict.leftJustified(9),
                              QString::number(row.exitCode).leftJustified(4),
                              (row.cause.isEmpty() ? QStringLiteral("-") : row.cause).leftJustified(22),
                              row.error.isEmpty() ? row.changes : tr("not run"));
        }
        m_out << tr("Worst exit code: %1").arg(worst) << u'\n';
    }
    m_out.flush();
    Q_EMIT done(worst);
}

} // namespace mailflow
