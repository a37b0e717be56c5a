#pragma once

#include "smtp/sessionoptions.h"

#include <QCommandLineOption>
#include <QHostAddress>
#include <QString>

class QCommandLineParser;

namespace mailflow {

/** mailflow-cli's MX options: --mx, --all-mx, --dns-server, --dns-timeout. */
struct MxCliOptions
{
    /** Look up the MX of domain and test from there (--mx, --all-mx, or --to without --server). */
    bool enabled = false;
    /** What to look up: a domain or an address. */
    QString domain;
    bool allMx = false;
    /** null: the system resolver. */
    QHostAddress nameserver;
    int dnsTimeoutMs = 0;
    /** Check reverse DNS of the connected address (MX mode, or --dns-server with --server). */
    bool reverseDns = false;
    /** --quit-after was given; otherwise --all-mx stops after RCPT TO. */
    bool stopGiven = false;
};

/** Adds the MX options to mailflow-cli's parser and reads them after the others. */
class MxCliParser
{
public:
    MxCliParser();

    void addOptions(QCommandLineParser *parser) const;
    /** MX mode is asked for, so --server is not required. */
    bool wanted(const QCommandLineParser &parser) const;
    /** Fills mx from parser; session must already hold the recipients. False with a one-line error. */
    bool read(const QCommandLineParser &parser, const SessionOptions &session, MxCliOptions *mx, QString *error) const;

private:
    QCommandLineOption m_mx;
    QCommandLineOption m_allMx;
    QCommandLineOption m_dnsServer;
    QCommandLineOption m_dnsTimeout;
};

} // namespace mailflow
