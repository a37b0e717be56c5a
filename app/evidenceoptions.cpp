#include "evidenceoptions.h"

#include "base/addressvalidation.h"
#include "evidence/reportwriter.h"
#include "store/profilestore.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstring>

namespace mailflow {

EvidenceCliOptions::EvidenceCliOptions()
    : m_format(QStringLiteral("format"), tr("Output: text (default) or json."), tr("format"))
    , m_save(QStringLiteral("save"),
             tr("Also write the report to FILE: .txt, .html, .json or .pdf by its extension. With several "
                "profiles, each report gets the profile name before the extension."),
             tr("file"))
    , m_profile(QStringLiteral("profile"),
                tr("Run a saved profile: a NAME from the profiles folder, a FILE, or a FOLDER of profiles; "
                   "repeatable. Several profiles end with a summary table and the worst exit code."),
                tr("profile"))
    , m_saveProfile(QStringLiteral("save-profile"),
                    tr("Keep this test (server or --mx domain, envelope, message and the other test options; "
                       "never the password) as the profile NAME, replacing one of that name, then run it. Rerun "
                       "it later with --profile NAME."),
                    tr("name"))
    , m_redact(QStringLiteral("redact"),
               tr("Mask for sharing outside the company: addresses, hosts or all (pseudonyms such as "
                  "user1@domain1.example). Credentials are always masked."),
               tr("what"))
    , m_noHistory(QStringLiteral("no-history"), tr("Do not keep this run in the history."))
{ }

void EvidenceCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_format, m_save, m_profile, m_saveProfile, m_redact, m_noHistory});
}

bool EvidenceCliOptions::read(const QCommandLineParser &parser, CliOptions *cli, QString *error) const
{
    EvidenceOptions *options = &cli->evidence;
    if (parser.isSet(m_save)) {
        options->saveFile = parser.value(m_save);
        if (reportFormatForPath(options->saveFile) == ReportFormat::Unknown) {
            *error = tr("--save: end the file name with .txt, .html, .json or .pdf.");
            return false;
        }
    }
    options->profiles = parser.values(m_profile);
    if (parser.isSet(m_saveProfile)) {
        options->saveProfile = parser.value(m_saveProfile).trimmed();
        if (!options->profiles.isEmpty()) {
            *error = tr("--save-profile keeps the options of this command line: leave out --profile.");
            return false;
        }
        QString why = options->saveProfile.isEmpty() ? tr("give the profile a name.")
                                                     : validateSingleLine(options->saveProfile, tr("The name"));
        if (!why.isEmpty()) {
            *error = tr("--save-profile: %1").arg(why);
            return false;
        }
    }
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
    if (parser.isSet(m_format)) {
        const QString value = parser.value(m_format).toLower();
        if (value == u"json")
            cli->format = CliOptions::Format::Json;
        else if (value != u"text") {
            *error = tr("--format: use text or json.");
            return false;
        }
    }
    return true;
}

QString EvidenceCliOptions::help()
{
    return tr("Runs are kept in the history folder; --format json adds \"compare\": what changed since the "
              "previous run of the same profile.\n");
}

bool saveCliProfile(const CliOptions &options, QString *savedFile, QString *error)
{
    Profile profile;
    profile.name = options.evidence.saveProfile;
    profile.mxDomain = options.mx.enabled ? options.mx.domain : QString();
    profile.session = options.session;
    profile.checks = options.checks;
    // The profile's body file is read against the profiles folder: keep where it is now.
    if (!profile.session.message.bodyFile.isEmpty())
        profile.session.message.bodyFile = QFileInfo(profile.session.message.bodyFile).absoluteFilePath();
    ProfileStore store;
    if (!store.save(profile)) {
        *error = EvidenceCliOptions::tr("--save-profile: %1").arg(store.lastError());
        return false;
    }
    *savedFile = profile.filePath;
    return true;
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
