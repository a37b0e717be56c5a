#pragma once

#include "cliparser.h"
#include "evidence/profile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTextStream>

namespace mailflow {

/** Runs saved profiles one after another (mailflow-cli --profile A --profile B or a folder),
 *  then prints a summary table with one line per profile; done() gives the worst exit code. */
class CliRunner;

class ProfileRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProfileRunner(const CliOptions &options, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    struct Item
    {
        QString label;
        Profile profile;
        QString error;
    };
    struct Row
    {
        QString name;
        QString server;
        QString verdict;
        int exitCode = 0;
        QString changes;
        QJsonObject report;
        QString error;
    };

    void expand();
    void runNext();
    void finish();
    void addRow(const QString &name, const CliRunner &runner, int code);
    void nextAfterRun();
    QString saveFileFor(const Profile &profile) const;

    CliOptions m_options;
    QList<Item> m_items;
    QList<Row> m_rows;
    int m_next = 0;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace mailflow
