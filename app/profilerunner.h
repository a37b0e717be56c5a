#pragma once

#include "cliparser.h"
#include "evidence/profile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTextStream>

class QBuffer;

namespace mailflow {

class CliRunner;

/** Runs saved profiles (mailflow-cli --profile A --profile B or a folder), up to options.jobs at a
 *  time, then prints a summary table with one line per profile; done() gives the worst exit code.
 *  Several at a time, each run's output is held until the runs before it have printed theirs, so
 *  the output reads as if they had run one after another. */

class ProfileRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProfileRunner(const CliOptions &options, QObject *parent = nullptr);

    void start();
    /** Prints there instead of standard output (--watch keeps only the rows). Not owned. */
    void setOutputDevice(QIODevice *device);

    struct Row
    {
        QString name;
        QString server;
        QString verdict;
        /** The diagnosis's cause key ("relay-denied"); empty when the profile did not run. */
        QString cause;
        int exitCode = 0;
        QString changes;
        QJsonObject report;
        QString error;
    };
    /** One per profile, in order; valid after done(). */
    const QList<Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void done(int exitCode);

private:
    struct Item
    {
        QString label;
        Profile profile;
        QString error;
    };

    void expand();
    void runNext();
    /** Starts item index; false when it could not start (its row says why). */
    bool launch(int index);
    void failItem(int index, const QString &error);
    void finish();
    Row rowFor(const QString &name, const CliRunner &runner, int code) const;
    void runEnded(int index);
    void printFinished();
    QString saveFileFor(const Profile &profile) const;

    CliOptions m_options;
    QList<Item> m_items;
    QList<Row> m_rows;
    /** Per item: its output while earlier items still run (null when it prints directly). */
    QList<QBuffer *> m_held;
    QList<bool> m_ended;
    int m_next = 0;
    int m_running = 0;
    int m_printed = 0;
    QIODevice *m_device = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace mailflow
