#include "retryoptions.h"

#include <QCommandLineParser>

namespace mailflow {

namespace {
constexpr int maxRetrySeconds = 3600;
} // namespace

RetryCliOptions::RetryCliOptions()
    : m_retry(QStringLiteral("retry-deferred"),
              tr("When the server defers the test on purpose (greylisting), wait SECONDS (default: the interval "
                 "the server asks for, else %1 s), run it once more and report both attempts.")
                  .arg(RetryOptions::defaultSeconds),
              tr("SECONDS"))
{ }

void RetryCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOption(m_retry);
}

QStringList RetryCliOptions::normalizeArguments(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i > 0 && argument == u"--retry-deferred") {
            bool number = false;
            arguments.value(i + 1).toInt(&number);
            if (!number) {
                out << QStringLiteral("--retry-deferred=auto");
                continue;
            }
        }
        out << argument;
    }
    return out;
}

bool RetryCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (!parser.isSet(m_retry))
        return true;
    options->retry.enabled = true;
    const QString value = parser.value(m_retry);
    if (value == u"auto")
        return true;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < 0 || seconds > maxRetrySeconds) {
        *error = tr("--retry-deferred: give a number of seconds from 0 to %1, not \"%2\".")
                     .arg(maxRetrySeconds)
                     .arg(value);
        return false;
    }
    options->retry.seconds = seconds;
    return true;
}

} // namespace mailflow
