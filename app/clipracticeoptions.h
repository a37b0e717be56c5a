#pragma once

#include "clioptiongroup.h"
#include "practice/practiceserver.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QObject>
#include <QTemporaryFile>

#include <memory>

namespace mailflow {

struct CliOptions;
class CliRunner;

/** Practice mode: --practice SCENARIO|list, --serve-practice SCENARIO, --listen ADDRESS:PORT, --practice-limit N. */
class CliPracticeOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliPracticeOptions)

public:
    CliPracticeOptions();

    void addTo(QCommandLineParser *parser) const override;
    /** Read before the test options, which then need no --server (nor --from and --to). */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_practice;
    QCommandLineOption m_serve;
    QCommandLineOption m_listen;
    QCommandLineOption m_limit;
};

/**
 * Runs a practice test (the built-in server, then the test against it, as a real test prints it) or
 * serves a scenario until interrupted. done() gives the exit code.
 */
class PracticeCli : public QObject
{
    Q_OBJECT

public:
    explicit PracticeCli(const CliOptions &options, QObject *parent = nullptr);
    ~PracticeCli() override;

    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void runTest();
    void serve();
    void printDeliveryReports();

    const CliOptions &m_options;
    const PracticeScenario *m_scenario = nullptr;
    std::unique_ptr<PracticeServer> m_server;
    QTemporaryFile m_caFile;
    CliRunner *m_runner = nullptr;
};

} // namespace mailflow
