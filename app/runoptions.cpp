#include "runoptions.h"

#include "clioptions.h"
#include "diagnosis/exitcodes.h"

#include <QCommandLineParser>

namespace mailflow {

RunCliOptions::RunCliOptions()
    : m_jobs(QStringLiteral("jobs"),
             tr("With several profiles: run at most N at a time (default 4; 1 runs them one after another). The "
                "output and the summary keep the profiles' order."),
             tr("n"))
    , m_watch(QStringLiteral("watch"),
              tr("Run the one --profile again every MINUTES (fractions allowed, e.g. 0.5), one line per run, "
                 "until --until says to stop."),
              tr("minutes"))
    , m_until(QStringLiteral("until"),
              tr("With --watch: stop when the result changes (changes, the default), when a run passes "
                 "(passes), or after HOURS (fractions allowed); repeatable: the first that happens stops."),
              tr("when"))
{ }

void RunCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_jobs, m_watch, m_until});
}

bool RunCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (parser.isSet(m_jobs)) {
        bool ok = false;
        const int jobs = parser.value(m_jobs).toInt(&ok);
        if (!ok || jobs < 1 || jobs > 64) {
            *error = tr("--jobs: give a number from 1 to 64.");
            return false;
        }
        options->jobs = jobs;
    }
    WatchOptions &watch = options->watch;
    if (!parser.isSet(m_watch)) {
        if (parser.isSet(m_until)) {
            *error = tr("--until goes with --watch.");
            return false;
        }
        return true;
    }
    bool ok = false;
    const double minutes = parser.value(m_watch).toDouble(&ok);
    if (!ok || !(minutes > 0) || minutes > 7 * 24 * 60) {
        *error = tr("--watch: give the minutes between runs, more than 0 and at most a week.");
        return false;
    }
    if (options->evidence.profiles.size() != 1) {
        *error = tr("--watch reruns one saved test: give exactly one --profile NAME.");
        return false;
    }
    watch.intervalMs = qint64(minutes * 60'000);
    for (const QString &value : parser.values(m_until)) {
        const QString word = value.trimmed().toLower();
        if (word == u"passes") {
            watch.untilPasses = true;
        } else if (word == u"changes") {
            watch.untilChanges = true;
        } else {
            const double hours = word.toDouble(&ok);
            if (!ok || !(hours > 0)) {
                *error = tr("--until: use passes, changes or a number of hours.");
                return false;
            }
            watch.untilMs
                = watch.untilMs > 0 ? qMin(watch.untilMs, qint64(hours * 3'600'000)) : qint64(hours * 3'600'000);
        }
    }
    if (!watch.untilPasses && !watch.untilChanges && watch.untilMs == 0)
        watch.untilChanges = true;
    return true;
}

QString RunCliOptions::exitCodeHelp()
{
    return tr("With --watch: 0 when a run passed (--until passes), %1 when the result changed (--until "
              "changes), else at the time limit the last run's code.\n")
        .arg(ExitWatchChanged);
}

} // namespace mailflow
