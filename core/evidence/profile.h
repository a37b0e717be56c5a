#pragma once

#include "smtp/sessionoptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mailflow {

/**
 * Everything needed to run a test again. Stored as versioned JSON ("format": "mailflow-profile",
 * "version": 1). A password is never part of a profile.
 */
struct Profile
{
    static constexpr int FormatVersion = 1;

    QString name;
    QString description;
    /** When set, the target is found by an MX lookup of this domain and session.host is ignored. */
    QString mxDomain;
    /** "none" for now; the TLS work defines the other modes ("starttls", "tls", ...). Kept as given. */
    QString securityMode = QStringLiteral("none");
    /** AUTH user name; the password is asked for (or taken from the key store) at run time. */
    QString authUser;
    /** host, port, EHLO name, MAIL FROM, recipients with DSN, message, stop point, timeouts. */
    SessionOptions session;

    /** The file it was read from or last saved to; not stored in the JSON. */
    QString filePath;

    bool usesMx() const { return !mxDomain.isEmpty(); }
    /** The body file made absolute against the profile's folder. */
    QString resolvedBodyFile() const;
};

QJsonObject profileToJson(const Profile &profile);
QByteArray profileToBytes(const Profile &profile);

struct ProfileParseResult
{
    bool ok = false;
    Profile profile;
    /** What is wrong and where (file, JSON key or offset); empty when ok. */
    QString error;
    /** Things skipped while reading (unknown keys, a password that was dropped). */
    QStringList warnings;
};

/** Reads a profile; source names the file in messages and becomes profile.filePath. */
ProfileParseResult parseProfile(const QByteArray &json, const QString &source);
ProfileParseResult profileFromJson(const QJsonObject &object, const QString &source);

/** Problems that stop a run (no target, a missing or unreadable body file), each saying what and where. */
QStringList profileRunProblems(const Profile &profile);

} // namespace mailflow
