#include "clihistoryoptions.h"

#include "cliparser.h"
#include "diagnosis/exitcodes.h"
#include "evidence/evidencejson.h"
#include "evidence/jsonreport.h"
#include "evidence/textreport.h"
#include "smtp/checklist.h"
#include "store/historystore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace mailflow {

namespace {

QJsonObject runToJson(const HistoryRunInfo &run)
{
    QJsonObject o;
    o[QStringLiteral("id")] = run.id;
    o[QStringLiteral("started")] = run.started.toLocalTime().toString(Qt::ISODateWithMs);
    o[QStringLiteral("ended")]
        = run.complete ? QJsonValue(run.ended.toLocalTime().toString(Qt::ISODateWithMs)) : QJsonValue();
    o[QStringLiteral("server")] = run.server;
    o[QStringLiteral("host")] = run.host;
    o[QStringLiteral("port")] = run.port;
    o[QStringLiteral("mxDomain")] = run.mxDomain;
    o[QStringLiteral("recipients")] = run.recipients;
    o[QStringLiteral("profile")] = run.profileName;
    o[QStringLiteral("verdict")] = run.verdict;
    o[QStringLiteral("failedStep")] = run.failedStep;
    o[QStringLiteral("cause")] = run.cause;
    o[QStringLiteral("exitCode")] = run.exitCode;
    o[QStringLiteral("durationMs")] = run.durationMs;
    return o;
}

QString verdictWithStep(const HistoryRunInfo &run)
{
    MilestoneKind kind;
    if (!run.failedStep.isEmpty() && parseMilestoneKind(run.failedStep, &kind))
        return CliParser::tr("%1 at %2").arg(run.verdict, Checklist::kindTitle(kind));
    return run.verdict;
}

int listRuns(const CliOptions &options, const HistoryStore &store, QTextStream &out)
{
    HistoryQuery query;
    query.text = options.history.text;
    const QList<HistoryRunInfo> runs = store.query(query);
    if (options.format == CliOptions::Format::Json) {
        QJsonArray list;
        for (const HistoryRunInfo &run : runs)
            list.append(runToJson(run));
        QJsonObject root {{QStringLiteral("format"), QStringLiteral("mailflow-history-list")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("database"), store.databasePath()},
                          {QStringLiteral("search"), options.history.text},
                          {QStringLiteral("runs"), list}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << CliParser::tr("History: %1").arg(store.databasePath()) << u'\n';
    if (runs.isEmpty()) {
        out << (options.history.text.isEmpty() ? CliParser::tr("No runs kept yet.")
                                               : CliParser::tr("No run matches \"%1\".").arg(options.history.text))
            << u'\n';
        return ExitOk;
    }
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n");
    out << row.arg(CliParser::tr("Id"), -24)
               .arg(CliParser::tr("Date"), -19)
               .arg(CliParser::tr("Server"), -24)
               .arg(CliParser::tr("Recipients"), -28)
               .arg(CliParser::tr("Profile"), -16)
               .arg(CliParser::tr("Verdict"), -18)
               .arg(CliParser::tr("Cause"));
    for (const HistoryRunInfo &run : runs)
        out << row.arg(run.id, -24)
                   .arg(run.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                   .arg(run.server, -24)
                   .arg(run.recipients, -28)
                   .arg(run.profileName, -16)
                   .arg(verdictWithStep(run), -18)
                   .arg(run.cause);
    out << CliParser::tr("%n run(s).", nullptr, int(runs.size())) << u'\n';
    return ExitOk;
}

} // namespace

CliHistoryOptions::CliHistoryOptions()
    : m_history(QStringLiteral("history"),
                tr("List the kept runs, newest first, instead of running a test; words after the options search "
                   "the server, domain, recipients, profile, verdict and cause. With --format json, as JSON."))
    , m_show(QStringLiteral("history-show"), tr("Print the report of the kept run ID (--format json for JSON)."),
             tr("id"))
{ }

void CliHistoryOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_history, m_show});
}

bool CliHistoryOptions::takesText(const QCommandLineParser &parser) const
{
    return parser.isSet(m_history);
}

bool CliHistoryOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (parser.isSet(m_history) && parser.isSet(m_show)) {
        *error = tr("--history lists runs and --history-show prints one: give one of them.");
        return false;
    }
    options->history.list = parser.isSet(m_history);
    if (options->history.list)
        options->history.text = parser.positionalArguments().join(u' ').trimmed();
    if (parser.isSet(m_show)) {
        options->history.showId = parser.value(m_show).trimmed();
        if (options->history.showId.isEmpty()) {
            *error = tr("--history-show: give the id of a run (see --history).");
            return false;
        }
    }
    return true;
}

int runCliHistory(const CliOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const HistoryStore store;
    if (!store.open()) {
        err << QStringLiteral("mailflow-cli: history: %1\n").arg(store.errorString());
        return ExitBadInput;
    }
    if (!store.notice().isEmpty())
        err << QStringLiteral("mailflow-cli: history: %1\n").arg(store.notice());
    if (options.history.list)
        return listRuns(options, store, out);
    ReportData data;
    QString error;
    if (!store.loadReport(options.history.showId, &data, &error)) {
        err << QStringLiteral("mailflow-cli: --history-show: %1\n").arg(error);
        return ExitBadInput;
    }
    if (options.format == CliOptions::Format::Json)
        out << QJsonDocument(reportDataToJson(data)).toJson(QJsonDocument::Indented);
    else
        out << reportToText(data);
    return ExitOk;
}

} // namespace mailflow
