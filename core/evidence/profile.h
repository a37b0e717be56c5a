#pragma once

#include "checks/checkregistry.h"
#include "smtp/sessionoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mailflow {

/**
 * Everything needed to run a test again. Stored as versioned JSON ("format": "mailflow-profile",
 * "version": 2; version 1 still loads). A password is never part of a profile.
 */
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::Profile)
public:
    static constexpr int FormatVersion = 2;

    QString name;
    QString description;
    /** When set, the target is found by an MX lookup of this domain and session.host is ignored. */
    QString mxDomain;
    /** Everything the run used: target, envelope with DSN, message, stop point, timeouts, TLS and AUTH. The
     *  password is not part of it: it is asked for (or taken from the keyring) at run time. */
    SessionOptions session;
    /** Which checks around the conversation run ("checks"; all in a profile without the key). The open
     *  relay probe is session.relayCheck ("relayCheck"). */
    CheckSelection checks;

    /** The file it was read from or last saved to; not stored in the JSON. */
    QString filePath;

    bool usesMx() const { return !mxDomain.isEmpty(); }
    /** The body file made absolute against the profile's folder. */
    QString resolvedBodyFile() const;

    friend bool operator==(const Profile &, const Profile &) = default;
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

/** A profile is a few kilobytes; anything larger is refused unread rather than parsed into memory. */
constexpr qint64 MaxProfileBytes = 1024 * 1024;

/** Reads a profile; source names the file in messages and becomes profile.filePath. */
ProfileParseResult parseProfile(const QByteArray &json, const QString &source);
ProfileParseResult profileFromJson(const QJsonObject &object, const QString &source);

/** Problems that stop a run (no target, a missing or unreadable body file), each saying what and where. */
QStringList profileRunProblems(const Profile &profile);

} // namespace mailflow
