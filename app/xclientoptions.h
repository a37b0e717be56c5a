#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** postfix's XCLIENT: --xclient NAME=VALUE[,NAME=VALUE…][;…], repeatable, sent after EHLO (and STARTTLS, AUTH),
 *  and swaks' --xclient-optional, --xclient-optional-strict, --xclient-no-verify, --xclient-before-starttls. */
class XclientCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    XclientCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_xclient;
    QCommandLineOption m_optional;
    QCommandLineOption m_optionalStrict;
    QCommandLineOption m_noVerify;
    QCommandLineOption m_beforeStartTls;
};

} // namespace mailflow
