#include "clipracticeoptions.h"

#include "clioptions.h"
#include "clirunner.h"
#include "clisecurity.h"
#include "clisessionoptions.h"
#include "diagnosis/exitcodes.h"
#include "practice/practiceclient.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace mailflow {

CliPracticeOptions::CliPracticeOptions()
    : m_practice(QStringLiteral("practice"),
                 tr("Practice on the built-in server: run the test against SCENARIO (no --server needed); "
                    "\"list\" prints the scenarios."),
                 tr("scenario"))
    , m_serve(QStringLiteral("serve-practice"),
              tr("Run the built-in practice server with SCENARIO until interrupted, for telnet, swaks or a mail "
                 "client."),
              tr("scenario"))
    , m_listen(QStringLiteral("listen"),
               tr("With --serve-practice: the loopback address and port to listen on (default 127.0.0.1:2525)."),
               tr("address:port"))
    , m_limit(QStringLiteral("practice-limit"),
              tr("With --serve-practice: how many messages the server accepts before a rate limit's 421 "
                 "(the rate-limited scenario; default %1).")
                  .arg(findPracticeScenario(u"rate-limited")->server.messageLimit),
              tr("count"))
{ }

void CliPracticeOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_practice, m_serve, m_listen, m_limit});
}

bool CliPracticeOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    PracticeCliOptions &p = options->practice;
    if (parser.isSet(m_practice) && parser.isSet(m_serve)) {
        *error = tr("Give --practice or --serve-practice, not both.");
        return false;
    }
    if (parser.isSet(m_listen) && !parser.isSet(m_serve)) {
        *error = tr("--listen goes with --serve-practice.");
        return false;
    }
    if (parser.isSet(m_limit) && !parser.isSet(m_serve)) {
        *error = tr("--practice-limit goes with --serve-practice.");
        return false;
    }
    if (!parser.isSet(m_practice) && !parser.isSet(m_serve))
        return true;
    if (options->runsProfiles() || parser.isSet(QStringLiteral("server")) || parser.isSet(QStringLiteral("mx"))
        || parser.isSet(QStringLiteral("all-mx"))) {
        *error = tr("Practice mode tests the built-in server: leave out --server, --mx, --all-mx and --profile.");
        return false;
    }
    p.serve = parser.isSet(m_serve);
    p.scenario = parser.value(p.serve ? m_serve : m_practice);
    p.tlsGiven = parser.isSet(QStringLiteral("tls"));
    p.authGiven = parser.isSet(QStringLiteral("auth")) || parser.isSet(QStringLiteral("auth-user"));
    if (parser.isSet(m_listen)) {
        QString host;
        int port = -1;
        if (!splitServer(parser.value(m_listen), &host, &port, error))
            return false;
        const QHostAddress address(host);
        if (address.isNull() || !address.isLoopback()) {
            *error = tr("--listen: the practice server listens only on a loopback address (127.0.0.1 or ::1), "
                        "not on %1.")
                         .arg(host);
            return false;
        }
        if (port < 0 || port > 65535) {
            *error = tr("--listen: the port must be a number from 0 to 65535.");
            return false;
        }
        p.listenAddress = address;
        p.listenPort = port < 0 ? p.listenPort : quint16(port);
    }
    if (parser.isSet(m_limit)) {
        bool ok = false;
        const int limit = parser.value(m_limit).toInt(&ok);
        if (!ok || limit < 0) {
            *error = tr("--practice-limit: give a number of messages, 0 or more.");
            return false;
        }
        p.messageLimit = limit;
    }
    // A practice run is not a test of a real server: it stays out of the history.
    options->evidence.noHistory = true;
    return true;
}

PracticeCli::PracticeCli(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

PracticeCli::~PracticeCli() = default;

void PracticeCli::start()
{
    QTextStream err(stderr);
    const PracticeCliOptions &p = m_options.practice;
    if (!p.serve && p.scenario.compare(u"list", Qt::CaseInsensitive) == 0) {
        QTextStream(stdout) << practiceScenarioList();
        Q_EMIT done(ExitOk);
        return;
    }
    m_scenario = findPracticeScenario(p.scenario);
    if (!m_scenario) {
        err << QStringLiteral("mailflow-cli: %1\n")
                   .arg(CliPracticeOptions::tr("there is no practice scenario \"%1\". The scenarios are:")
                            .arg(p.scenario))
            << practiceScenarioList();
        Q_EMIT done(ExitBadInput);
        return;
    }
    m_server = std::make_unique<PracticeServer>(*m_scenario);
    if (p.messageLimit >= 0)
        m_server->setMessageLimit(p.messageLimit);
    QString why;
    const quint16 port = p.serve ? p.listenPort : 0;
    if (!m_server->start(p.serve ? p.listenAddress : QHostAddress(QHostAddress::LocalHost), port, &why)) {
        err << QStringLiteral("mailflow-cli: %1\n").arg(why);
        Q_EMIT done(ExitBadInput);
        return;
    }
    if (p.serve)
        serve();
    else
        runTest();
}

void PracticeCli::runTest()
{
    CliOptions options = m_options;
    Credentials credentials;
    QString why;
    if (!writeCertificateFile(*m_server, &m_caFile, &why)
        || (options.session.auth.isEnabled() && !readCliPassword(options, &credentials, &why))) {
        QTextStream(stderr) << QStringLiteral("mailflow-cli: %1\n").arg(why);
        Q_EMIT done(ExitBadInput);
        return;
    }
    applyPracticeClient(*m_scenario, *m_server, m_caFile.fileName(), m_options.practice.tlsGiven, &options.session,
                        &credentials);
    QTextStream(stderr) << QStringLiteral("mailflow-cli: %1\n")
                               .arg(CliPracticeOptions::tr("practice scenario %1: %2")
                                        .arg(m_scenario->name(), m_scenario->descriptionText()));
    m_runner = new CliRunner(options, this);
    m_runner->setCredentials(credentials);
    connect(m_runner, &CliRunner::done, this, [this](int code) {
        printDeliveryReports();
        Q_EMIT done(code);
    });
    m_runner->start();
}

void PracticeCli::printDeliveryReports()
{
    if (m_options.format != CliOptions::Format::Text)
        return;
    QTextStream out(stdout);
    for (const PracticeMessage &message : m_server->messages()) {
        if (message.deliveryReport.isEmpty())
            continue;
        out << u'\n'
            << CliPracticeOptions::tr("The delivery status notification the server sends back to %1:")
                   .arg(message.sender)
            << u'\n' << QString::fromUtf8(message.deliveryReport).remove(u'\r');
    }
}

void PracticeCli::serve()
{
    const QString where = PracticeServer::endpointText(m_server->serverAddress(), m_server->serverPort());
    QTextStream out(stdout);
    out << CliPracticeOptions::tr("Practice server \"%1\" (%2) listening on %3.\n"
                                  "Account for AUTH: %4 / %5. Press Ctrl+C to stop.\n")
               .arg(m_scenario->name(), m_scenario->descriptionText(), where, PracticeAccount::user(),
                    PracticeAccount::password());
    if (m_scenario->server.fault.when == PracticeWhen::OverLimit)
        out << CliPracticeOptions::tr("It accepts %n message(s) in this session, then answers 421.\n", nullptr,
                                      m_server->messageLimit());
    out.flush();
    connect(m_server.get(), &PracticeServer::messageAccepted, this, [](const PracticeMessage &message) {
        QStringList to;
        for (const PracticeRecipient &recipient : message.recipients)
            to << recipient.address;
        QTextStream out(stdout);
        out << CliPracticeOptions::tr("accepted %1 from <%2> to %3 (%4 bytes)\n")
                   .arg(message.queueId, message.sender, to.join(QStringLiteral(", ")))
                   .arg(message.content.size());
        out.flush();
    });
}

} // namespace mailflow
