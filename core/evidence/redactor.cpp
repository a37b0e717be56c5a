#include "evidence/redactor.h"

#include "evidence/reportdata.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace mailflow {

namespace {
const QRegularExpression &tokenPattern()
{
    // address | IPv4 | IPv6 candidate (checked with QHostAddress) | host name with a dot
    static const QRegularExpression re(QStringLiteral(
        R"re((?<addr>(?<local>[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+)@(?<domain>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)))re"
        R"re(|(?<v4>(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])))re"
        R"re(|(?<v6>(?<![\w:])(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}|(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?(?:\.\d{1,3}){0,3})(?![\w:])))re"
        R"re(|(?<host>(?<![\w.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?![\w-])))re"));
    Q_ASSERT(re.isValid());
    return re;
}

/** A name this class made (host3.example, domain1.example): never pseudonymised again. */
bool isPseudonymName(const QString &name)
{
    static const QRegularExpression made(QStringLiteral("^(?:host|domain)\\d+\\.example$"));
    return made.match(name).hasMatch();
}
} // namespace

QString Redactor::secretMask()
{
    return QStringLiteral("********");
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    const QByteArray utf8 = secret.toUtf8();
    const QString b64 = QString::fromLatin1(utf8.toBase64());
    const QString b64NoPad = QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals));
    for (const QString &form : {secret, b64, b64NoPad}) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
    // Longest first so a secret inside a longer token does not leave half of the token readable.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addCredentials(const QString &user, const QString &password)
{
    if (password.isEmpty())
        return;
    addSecret(password);
    addSecret(QChar(0) + user + QChar(0) + password);
    addSecret(user + QChar(0) + user + QChar(0) + password);
}

void Redactor::addKnownHost(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || m_knownHosts.contains(n, Qt::CaseInsensitive) || isPseudonymName(n))
        return;
    m_knownHosts.append(n);
    std::sort(m_knownHosts.begin(), m_knownHosts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::maskSecrets(QString text) const
{
    if (m_secrets.isEmpty())
        return text;
    // Any base64 token that decodes to something holding a secret (AUTH PLAIN "\0user\0password", ...).
    static const QRegularExpression base64Token(QStringLiteral("[A-Za-z0-9+/]{8,}={0,2}"));
    QString out;
    qsizetype last = 0;
    auto it = base64Token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto decoded = QByteArray::fromBase64Encoding(m.captured(0).toLatin1());
        if (!decoded)
            continue;
        const QString plain = QString::fromUtf8(*decoded);
        const bool holdsSecret = std::any_of(m_secrets.begin(), m_secrets.end(),
                                             [&plain](const QString &secret) { return plain.contains(secret); });
        if (!holdsSecret)
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += secretMask();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    for (const QString &secret : m_secrets)
        out.replace(secret, secretMask());
    return out;
}

QString Redactor::hostPseudonym(const QString &name, bool fromAddress)
{
    const QString key = name.toLower();
    if (isPseudonymName(key))
        return name;
    auto it = m_names.constFind(key);
    if (it != m_names.constEnd())
        return *it;
    const QString pseudonym = fromAddress ? QStringLiteral("domain%1.example").arg(++m_domainCount)
                                          : QStringLiteral("host%1.example").arg(++m_hostCount);
    m_names.insert(key, pseudonym);
    return pseudonym;
}

QString Redactor::addressPseudonym(const QString &local, const QString &domain)
{
    static const QRegularExpression madeUser(QStringLiteral("^user\\d+$"));
    if (isPseudonymName(domain) && madeUser.match(local).hasMatch())
        return local + u'@' + domain;
    const QString key = (local + u'@' + domain).toLower();
    QString user = m_users.value(key);
    if (user.isEmpty()) {
        user = QStringLiteral("user%1").arg(++m_userCount);
        m_users.insert(key, user);
    }
    return user + u'@' + hostPseudonym(domain, true);
}

QString Redactor::ipPseudonym(const QString &address, bool v6)
{
    const QHostAddress parsed(address);
    if (parsed.isNull())
        return address;
    if (v6 ? parsed.isInSubnet(QHostAddress(QStringLiteral("2001:db8::")), 32)
           : parsed.isInSubnet(QHostAddress(QStringLiteral("192.0.2.0")), 24))
        return address;
    const QString key = parsed.toString();
    QString pseudonym = m_ips.value(key);
    if (pseudonym.isEmpty()) {
        pseudonym = v6 ? QStringLiteral("2001:db8::%1").arg(++m_v6Count, 0, 16)
                       : QStringLiteral("192.0.2.%1").arg(++m_v4Count % 255);
        m_ips.insert(key, pseudonym);
    }
    return pseudonym;
}

QString Redactor::pseudonymiseKnownHosts(const QString &text)
{
    if (!m_maskHosts || m_knownHosts.isEmpty())
        return text;
    QString out = text;
    for (const QString &name : std::as_const(m_knownHosts)) {
        const QRegularExpression re(QStringLiteral(R"((?<![\w.@-])%1(?![\w-]))").arg(QRegularExpression::escape(name)),
                                    QRegularExpression::CaseInsensitiveOption);
        const bool isIp = !QHostAddress(name).isNull();
        const QString pseudonym = isIp ? ipPseudonym(name, name.contains(u':')) : hostPseudonym(name, false);
        out.replace(re, pseudonym);
    }
    return out;
}

QString Redactor::pseudonymiseMatches(const QString &text)
{
    QString out;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString replacement = m.captured(0);
        if (m.hasCaptured(u"addr")) {
            if (m_maskAddresses)
                replacement = addressPseudonym(m.captured(u"local"), m.captured(u"domain"));
        } else if (m.hasCaptured(u"v4")) {
            if (m_maskHosts)
                replacement = ipPseudonym(m.captured(u"v4"), false);
        } else if (m.hasCaptured(u"v6")) {
            if (m_maskHosts)
                replacement = ipPseudonym(m.captured(u"v6"), true);
        } else if (m.hasCaptured(u"host")) {
            if (m_maskHosts)
                replacement = hostPseudonym(m.captured(u"host"), false);
        }
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString Redactor::redact(const QString &text)
{
    QString out = maskSecrets(text);
    if (!m_maskAddresses && !m_maskHosts)
        return out;
    out = pseudonymiseMatches(out);
    return pseudonymiseKnownHosts(out);
}

ReportData Redactor::apply(const ReportData &source)
{
    ReportData d = source;
    if (m_maskHosts) {
        addKnownHost(d.options.host);
        addKnownHost(d.options.ehloName);
        addKnownHost(d.environment.hostName);
        addKnownHost(d.environment.localAddress);
        addKnownHost(d.environment.dnsServer);
    }
    for (TranscriptEntry &e : d.transcript)
        e.text = redact(e.text);
    for (Milestone &m : d.milestones) {
        m.subject = redact(m.subject);
        m.summary = redact(m.summary);
        m.diagnosis.meaning = redact(m.diagnosis.meaning);
        m.diagnosis.nextStep = redact(m.diagnosis.nextStep);
        QStringList lines = m.reply.lines();
        for (QString &line : lines)
            line = redact(line);
        m.reply.setLines(lines);
    }
    d.outcome.sentence = redact(d.outcome.sentence);
    d.diagnosis.sentence = redact(d.diagnosis.sentence);
    for (QString &tag : d.diagnosis.providerTags)
        tag = redact(tag);
    for (QString &note : d.diagnosis.notes)
        note = redact(note); // names the greeting's host and the PTR names
    SessionOptions &o = d.options;
    o.host = redact(o.host);
    o.ehloName = redact(o.ehloName);
    o.mailFrom = redact(o.mailFrom);
    o.envelopeId = redact(o.envelopeId);
    for (Recipient &r : o.recipients) {
        r.address = redact(r.address);
        r.orcpt = redact(r.orcpt);
    }
    o.message.fromHeader = redact(o.message.fromHeader);
    o.message.toHeader = redact(o.message.toHeader);
    o.message.subject = redact(o.message.subject);
    o.message.bodyText = redact(o.message.bodyText);
    for (auto &header : o.message.extraHeaders)
        header.second = redact(header.second);
    EnvironmentInfo &env = d.environment;
    env.hostName = redact(env.hostName);
    env.localAddress = redact(env.localAddress);
    env.dnsServer = redact(env.dnsServer);
    const auto redactAll = [this](QStringList &list) {
        for (QString &text : list)
            text = redact(text);
    };
    TlsReport &tls = d.tls;
    tls.connectedName = redact(tls.connectedName);
    tls.sniName = redact(tls.sniName);
    for (CertificateSummary &c : tls.chain) {
        c.subject = redact(c.subject);
        c.issuer = redact(c.issuer);
        redactAll(c.subjectAlternativeNames);
    }
    for (TlsProblem &problem : tls.problems)
        problem.qtReason = redact(problem.qtReason);
    DnsSummary &dns = d.dns;
    dns.domain = redact(dns.domain);
    dns.message = redact(dns.message);
    dns.nameserver = redact(dns.nameserver);
    for (DnsHostRow &host : dns.hosts) {
        host.name = redact(host.name);
        host.error = redact(host.error);
        redactAll(host.addresses);
    }
    dns.address = redact(dns.address);
    dns.confirmedName = redact(dns.confirmedName);
    redactAll(dns.ptrNames);
    redactAll(dns.reverseMessages);
    for (CheckFinding &f : d.checks) {
        f.sentence = redact(f.sentence);
        redactAll(f.steps);
        redactAll(f.evidence);
    }
    return d;
}

// Defined here rather than beside ReportData so that report data does not depend on its redactor.
ReportData ReportData::redacted() const
{
    Redactor redactor;
    for (const QString &secret : secrets)
        redactor.addSecret(secret);
    redactor.setMaskAddresses(redaction.maskAddresses);
    redactor.setMaskHosts(redaction.maskHosts);
    return redactor.apply(*this);
}

} // namespace mailflow
