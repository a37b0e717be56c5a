#pragma once

#include <QObject>
#include <QString>

namespace mailflow {

/**
 * The desktop's secret store (QtKeychain) for an AUTH password the user asked to remember.
 * Never falls back to a plain file: where no secret store runs, failed() says so and the
 * password is simply asked for each time.
 */
class PasswordVault : public QObject
{
    Q_OBJECT
public:
    explicit PasswordVault(QObject *parent = nullptr);

    /** The entry name for a user on a server, e.g. "helpdesk@example.com on mail.example.com". */
    static QString keyFor(const QString &user, const QString &server);

    void store(const QString &key, const QString &password);
    void fetch(const QString &key);
    void forget(const QString &key);

Q_SIGNALS:
    void stored(const QString &key);
    void fetched(const QString &key, const QString &password);
    void failed(const QString &key, const QString &reason);
};

} // namespace mailflow
