#include "passwordvault.h"

#include <qt6keychain/keychain.h>

namespace mailflow {

namespace {
const QString Service = QStringLiteral("Mailflow SMTP AUTH");

template<typename JobType> JobType *makeJob(QObject *parent, const QString &key)
{
    auto *job = new JobType(Service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
{ }

QString PasswordVault::keyFor(const QString &user, const QString &server)
{
    return tr("%1 on %2").arg(user, server);
}

void PasswordVault::store(const QString &key, const QString &password)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            Q_EMIT stored(key);
        else
            Q_EMIT failed(key, tr("The password could not be remembered: %1").arg(done->errorString()));
    });
    job->start();
}

void PasswordVault::fetch(const QString &key)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            Q_EMIT fetched(key, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
        else
            Q_EMIT failed(key,
                          done->error() == QKeychain::EntryNotFound
                              ? tr("No password is remembered for %1.").arg(key)
                              : tr("The desktop's keyring is not available: %1").arg(done->errorString()));
    });
    job->start();
}

void PasswordVault::forget(const QString &key)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    job->start();
}

} // namespace mailflow
