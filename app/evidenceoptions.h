#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace mailflow {

/** Issue 6 flags of mailflow-cli: saving the report, profiles, redaction, history. */
struct EvidenceOptions
{
    /** --save FILE: .txt, .html, .json or .pdf. */
    QString saveFile;
    /** --profile NAME|FILE|FOLDER, repeatable. */
    QStringList profiles;
    bool maskAddresses = false;
    bool maskHosts = false;
    bool noHistory = false;

    bool wantsPdf() const;
};

/** Adds the evidence flags to a parser and reads them back. */
class EvidenceCliOptions
{
public:
    EvidenceCliOptions();
    void addTo(QCommandLineParser *parser) const;
    /** False with a one-line error for a bad value. */
    bool read(const QCommandLineParser &parser, EvidenceOptions *options, QString *error) const;

    static QString help();

private:
    QCommandLineOption m_save;
    QCommandLineOption m_profile;
    QCommandLineOption m_redact;
    QCommandLineOption m_noHistory;
};

/** True when the raw arguments ask for a PDF (decided before any QCoreApplication exists). */
bool argumentsWantPdf(int argc, char *argv[]);

} // namespace mailflow
