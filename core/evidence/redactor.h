#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace mailflow {

struct ReportData;

/**
 * Masks credentials (and their base64 forms) wherever they appear and, when asked,
 * replaces mail addresses and host names with consistent pseudonyms
 * (user1@domain1.example, host1.example, 192.0.2.1, 2001:db8::1) for sharing
 * outside the company. One Redactor keeps its pseudonyms, so a name maps to the
 * same pseudonym everywhere it is applied.
 */
class Redactor
{
public:
    /** Masks text, its base64 form (with and without padding) wherever they appear. Empty text is ignored. */
    void addSecret(const QString &secret);
    /** The password plus the AUTH PLAIN tokens built from user and password. */
    void addCredentials(const QString &user, const QString &password);
    /** A name that must be pseudonymised even without a dot (the tested host, the local host name). */
    void addKnownHost(const QString &name);

    void setMaskAddresses(bool mask) { m_maskAddresses = mask; }
    void setMaskHosts(bool mask) { m_maskHosts = mask; }
    bool masksAddresses() const { return m_maskAddresses; }
    bool masksHosts() const { return m_maskHosts; }
    bool hasSecrets() const { return !m_secrets.isEmpty(); }

    QString redact(const QString &text);
    /** The report with every text field redacted; the known hosts are taken from its options and environment. */
    ReportData apply(const ReportData &data);

    /** What a masked secret looks like in every output. */
    static QString secretMask();

private:
    QString maskSecrets(QString text) const;
    QString pseudonymiseKnownHosts(const QString &text);
    QString pseudonymiseMatches(const QString &text);
    QString hostPseudonym(const QString &name, bool fromAddress);
    QString addressPseudonym(const QString &local, const QString &domain);
    QString ipPseudonym(const QString &address, bool v6);

    QStringList m_secrets;
    QStringList m_knownHosts;
    bool m_maskAddresses = false;
    bool m_maskHosts = false;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_users;
    QHash<QString, QString> m_ips;
    int m_hostCount = 0;
    int m_domainCount = 0;
    int m_userCount = 0;
    int m_v4Count = 0;
    int m_v6Count = 0;
};

} // namespace mailflow
