#pragma once

#include <QDateTime>
#include <QString>

namespace mailflow::test {

/**
 * Puts count made-up runs into the history database of directory, in one transaction: hosts
 * mx0..mx49.example, profiles "Customer 0".."Customer 19", recipients at domain0..domain99.example,
 * verdicts and causes in turn, one run a minute back from newest. Each run has a few transcript entries.
 */
bool fillHistory(const QString &directory, int count, QString *error,
                 const QDateTime &newest = QDateTime::currentDateTime());

} // namespace mailflow::test
