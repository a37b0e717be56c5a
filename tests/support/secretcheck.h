#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailflow::test {

/**
 * The forms a password can leak in over SMTP AUTH: as typed, base64 (LOGIN), PLAIN's
 * base64("\0user\0password") and base64("user\0password"), and a CRAM-MD5 response to challenge.
 */
QStringList secretForms(const QString &user, const QString &password, const QByteArray &cramChallenge = {});
/** The forms an OAuth access token can leak in: as given, and XOAUTH2's and OAUTHBEARER's base64 responses. */
QStringList tokenForms(const QString &user, const QString &token);
/** The forms found in text (empty when none leaked). */
QStringList leakedSecrets(const QString &text, const QStringList &forms);

} // namespace mailflow::test
