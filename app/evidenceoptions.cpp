#include "evidenceoptions.h"

#include "evidence/reportwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace mailflow {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::CliParser", text);
}
} // namespace

bool EvidenceOptions::wantsPdf() const
{
    return !saveFile.isEmpty() && reportFormatForPath(saveFile) == ReportFormat::Pdf;
}

EvidenceCliOptions::EvidenceCliOptions()
    : m_save(QStringLiteral("save"),
             tr("Also write the report to FILE: .txt, .html, .json or .pdf by its extension. With several "
                "profiles, each report gets the profile name before the extension."),
             tr("file"))
    , m_profile(QStringLiteral("profile"),
                tr("Run a saved profile: a NAME from the profiles folder, a FILE, or a FOLDER of profiles; "
                   "repeatable. Several profiles end with a summary table and the worst exit code."),
                tr("profile"))
    , m_redact(QStringLiteral("redact"),
               tr("Mask for sharing outside the company: addresses, hosts or all (pseudonyms such as "
                  "user1@domain1.example). Credentials are always masked."),
               tr("what"))
    , m_noHistory(QStringLiteral("no-history"), tr("Do not keep this run in the history."))
{ }

void EvidenceCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_save, m_profile, m_redact, m_noHistory});
}

bool EvidenceCliOptions::read(const QCommandLineParser &parser, EvidenceOptions *options, QString *error) const
{
    if (parser.isSet(m_save)) {
        options->saveFile = parser.value(m_save);
        if (reportFormatForPath(options->saveFile) == ReportFormat::Unknown) {
            *error = tr("--save: end the file name with .txt, .html, .json or .pdf.");
            return false;
        }
    }
    options->profiles = parser.values(m_profile);
    for (const QString &value : parser.values(m_redact)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString word = part.trimmed().toLower();
            if (word == u"addresses")
                options->maskAddresses = true;
            else if (word == u"hosts")
                options->maskHosts = true;
            else if (word == u"all")
                options->maskAddresses = options->maskHosts = true;
            else {
                *error = tr("--redact: use addresses, hosts or all.");
                return false;
            }
        }
    }
    options->noHistory = parser.isSet(m_noHistory);
    return true;
}

QString EvidenceCliOptions::help()
{
    return tr("Runs are kept in the history folder; --format json adds \"compare\": what changed since the "
              "previous run of the same profile.\n");
}

bool argumentsWantPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QString value;
        if ((arg == u"--save" || arg == u"-save") && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(QStringLiteral("--save=")))
            value = arg.mid(7);
        if (!value.isEmpty() && reportFormatForPath(value) == ReportFormat::Pdf)
            return true;
    }
    return false;
}

} // namespace mailflow
