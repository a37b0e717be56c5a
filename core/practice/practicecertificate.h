#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace mailflow {

/** A self-signed certificate for 127.0.0.1 and localhost, made in memory at start-up (never written). */
struct PracticeCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    /** A fresh EC P-256 key and a certificate valid for a day; false with error when OpenSSL fails. */
    static bool make(const QString &commonName, PracticeCertificate *out, QString *error);
};

} // namespace mailflow
