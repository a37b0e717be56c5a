#include "evidence/profile.h"

#include "base/addressvalidation.h"
#include "evidence/profileconnection.h"
#include "evidence/profilereader.h"
#include "tls/tlschoices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace mailflow {

namespace {
QString k(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonArray notifyToJson(DsnNotifyFlags flags)
{
    QJsonArray out;
    const QString words = dsnNotifyKeywords(flags);
    for (const QString &w : words.split(u',', Qt::SkipEmptyParts))
        out.append(w);
    return out;
}

QJsonObject securityToJson(const TlsOptions &tls)
{
    QJsonObject o;
    o[k("tls")] = tlsModeKey(tls.mode);
    o[k("verifyCertificate")] = tls.verifyCertificate;
    if (!tls.caFile.isEmpty())
        o[k("caFile")] = tls.caFile;
    if (!tls.clientCertificateFile.isEmpty())
        o[k("clientCertificate")] = tls.clientCertificateFile;
    if (!tls.clientKeyFile.isEmpty())
        o[k("clientKey")] = tls.clientKeyFile;
    if (tls.versions != TlsVersions::Any)
        o[k("tlsVersions")] = tlsVersionsKey(tls.versions);
    if (!tls.ciphers.isEmpty())
        o[k("ciphers")] = tls.ciphers;
    if (!tls.sniName.isEmpty())
        o[k("sni")] = tls.sniName;
    return o;
}

QJsonObject authToJson(const AuthOptions &auth)
{
    QJsonObject o;
    o[k("mechanism")] = authMechanismKey(auth.mechanism);
    if (!auth.user.isEmpty())
        o[k("user")] = auth.user;
    o[k("allowPlaintext")] = auth.allowPlaintext;
    if (auth.loginInitialResponse)
        o[k("loginInitialResponse")] = true;
    if (auth.requirement != AuthRequirement::Required)
        o[k("requirement")] = authRequirementKey(auth.requirement);
    return o;
}

void readSecurity(ProfileReader &r, const QJsonObject &root, TlsOptions *tls)
{
    const QJsonObject o = r.object(root, k("security"), k("security"));
    r.checkKeys(o, k("security"),
                {k("tls"), k("verifyCertificate"), k("caFile"), k("clientCertificate"), k("clientKey"),
                 k("tlsVersions"), k("ciphers"), k("sni")});
    r.key(o, k("tls"), k("security.tls"), &tls->mode, parseTlsMode,
          Profile::tr("must be one of auto, off, optional, starttls, implicit."));
    tls->verifyCertificate = r.boolean(o, k("verifyCertificate"), k("security.verifyCertificate"), true);
    tls->caFile = r.string(o, k("caFile"), k("security.caFile"));
    tls->clientCertificateFile = r.string(o, k("clientCertificate"), k("security.clientCertificate"));
    tls->clientKeyFile = r.string(o, k("clientKey"), k("security.clientKey"));
    if (tls->clientCertificateFile.isEmpty() != tls->clientKeyFile.isEmpty())
        r.fail(k("security.clientKey"), Profile::tr("a client certificate needs its key, and a key its certificate."));
    r.key(o, k("tlsVersions"), k("security.tlsVersions"), &tls->versions, parseTlsVersions,
          Profile::tr("must be one of %1.").arg(usableTlsVersionKeys().join(QStringLiteral(", "))));
    tls->ciphers = r.string(o, k("ciphers"), k("security.ciphers"));
    tls->sniName = r.string(o, k("sni"), k("security.sni"));
}

void readAuth(ProfileReader &r, const QJsonObject &root, AuthOptions *auth)
{
    const QJsonObject o = r.object(root, k("auth"), k("auth"));
    r.checkKeys(o, k("auth"),
                {k("mechanism"), k("user"), k("allowPlaintext"), k("loginInitialResponse"), k("requirement")});
    r.key(o, k("mechanism"), k("auth.mechanism"), &auth->mechanism, parseAuthMechanism,
          Profile::tr("must be one of none, auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, "
                      "oauthbearer."));
    auth->user = r.string(o, k("user"), k("auth.user"));
    r.check(k("auth.user"), validateSingleLine(auth->user, k("auth.user")));
    auth->allowPlaintext = r.boolean(o, k("allowPlaintext"), k("auth.allowPlaintext"), false);
    auth->loginInitialResponse = r.boolean(o, k("loginInitialResponse"), k("auth.loginInitialResponse"), false);
    r.key(o, k("requirement"), k("auth.requirement"), &auth->requirement, parseAuthRequirement,
          Profile::tr("must be one of required, optional, optional-strict."));
}

/** How the conversation is carried out; empty when everything is the default, so older profiles stay as they were. */
QJsonObject protocolToJson(const SessionOptions &s)
{
    QJsonObject o;
    if (s.lmtp)
        o[k("lmtp")] = true;
    if (s.pipelining)
        o[k("pipelining")] = true;
    if (s.bdat != BdatMode::Off)
        o[k("bdat")] = bdatModeKey(s.bdat);
    if (s.bdatChunkSize > 0)
        o[k("bdatChunkSize")] = s.bdatChunkSize;
    if (!s.xclient.isEmpty())
        o[k("xclient")] = Xclient::toText(s.xclient);
    if (s.xclientPolicy.requirement != XclientRequirement::Required)
        o[k("xclientRequirement")] = xclientRequirementKey(s.xclientPolicy.requirement);
    if (s.xclientPolicy.noVerify)
        o[k("xclientNoVerify")] = true;
    if (s.xclientPolicy.beforeStartTls)
        o[k("xclientBeforeStartTls")] = true;
    return o;
}

void readProtocol(ProfileReader &r, const QJsonObject &root, SessionOptions *s)
{
    const QJsonObject o = r.object(root, k("protocol"), k("protocol"));
    r.checkKeys(o, k("protocol"),
                {k("lmtp"), k("pipelining"), k("bdat"), k("bdatChunkSize"), k("xclient"), k("xclientRequirement"),
                 k("xclientNoVerify"), k("xclientBeforeStartTls")});
    s->lmtp = r.boolean(o, k("lmtp"), k("protocol.lmtp"), false);
    s->pipelining = r.boolean(o, k("pipelining"), k("protocol.pipelining"), false);
    r.key(o, k("bdat"), k("protocol.bdat"), &s->bdat, parseBdatMode, Profile::tr("must be auto, force or off."));
    s->bdatChunkSize = r.integer(o, k("bdatChunkSize"), k("protocol.bdatChunkSize"), 0, 0, qint64(1) << 30);
    const QString xclient = r.string(o, k("xclient"), k("protocol.xclient"));
    QString why;
    if (!xclient.isEmpty() && !Xclient::parse(xclient, &s->xclient, &why))
        r.fail(k("protocol.xclient"), why);
    r.key(o, k("xclientRequirement"), k("protocol.xclientRequirement"), &s->xclientPolicy.requirement,
          parseXclientRequirement, Profile::tr("must be required, optional or optional-strict."));
    s->xclientPolicy.noVerify = r.boolean(o, k("xclientNoVerify"), k("protocol.xclientNoVerify"), false);
    s->xclientPolicy.beforeStartTls
        = r.boolean(o, k("xclientBeforeStartTls"), k("protocol.xclientBeforeStartTls"), false);
}

/** Version 1 kept a placeholder security word and only the AUTH user name. */
void readVersion1Security(ProfileReader &r, const QJsonObject &root, SessionOptions *s)
{
    const QString security = r.string(root, k("security"), k("security"), k("none"));
    // "none" was written before TLS could be chosen; those runs used the port's default, as Auto does.
    if (security == u"none")
        s->tls.mode = TlsMode::Auto;
    else if (security == u"tls" || security == u"ssl")
        s->tls.mode = TlsMode::Implicit;
    else if (!parseTlsMode(security, &s->tls.mode))
        r.fail(k("security"), Profile::tr("must be none, starttls or tls."));
    s->auth.user = r.string(root, k("authUser"), k("authUser"));
    r.check(k("authUser"), validateSingleLine(s->auth.user, k("authUser")));
    if (!s->auth.user.isEmpty())
        s->auth.mechanism = AuthMechanism::Auto;
}
} // namespace

QString Profile::resolvedBodyFile() const
{
    QString body = session.message.bodyFile;
    if (body.isEmpty() || QFileInfo(body).isAbsolute() || filePath.isEmpty())
        return body;
    return QFileInfo(filePath).dir().absoluteFilePath(body);
}

QJsonObject profileToJson(const Profile &p)
{
    const SessionOptions &s = p.session;
    QJsonObject root;
    root[k("format")] = k("mailflow-profile");
    root[k("version")] = Profile::FormatVersion;
    root[k("name")] = p.name;
    if (!p.description.isEmpty())
        root[k("description")] = p.description;

    QJsonObject target;
    if (!p.mxDomain.isEmpty())
        target[k("mxDomain")] = p.mxDomain;
    target[k("host")] = s.host;
    target[k("port")] = s.port;
    root[k("target")] = target;
    root[k("security")] = securityToJson(s.tls);
    root[k("auth")] = authToJson(s.auth);
    if (!s.ehloName.isEmpty())
        root[k("ehlo")] = s.ehloName;
    root[k("mailFrom")] = s.mailFrom;

    QJsonArray recipients;
    for (const Recipient &r : s.recipients) {
        QJsonObject o;
        o[k("address")] = r.address;
        if (r.notify)
            o[k("notify")] = notifyToJson(r.notify);
        if (!r.orcpt.isEmpty())
            o[k("orcpt")] = r.orcpt;
        recipients.append(o);
    }
    root[k("recipients")] = recipients;

    QJsonObject dsn;
    dsn[k("mode")] = dsnModeKey(s.dsnMode);
    if (s.dsnReturn != DsnReturn::Unset)
        dsn[k("ret")] = dsnReturnKey(s.dsnReturn);
    if (!s.envelopeId.isEmpty())
        dsn[k("envid")] = s.envelopeId;
    root[k("dsn")] = dsn;

    QJsonObject message;
    if (!s.message.fromHeader.isEmpty())
        message[k("from")] = s.message.fromHeader;
    if (!s.message.toHeader.isEmpty())
        message[k("to")] = s.message.toHeader;
    if (!s.message.subject.isEmpty())
        message[k("subject")] = s.message.subject;
    QJsonArray headers;
    for (const auto &h : s.message.extraHeaders)
        headers.append(QJsonObject {{k("name"), h.first}, {k("value"), h.second}});
    if (!headers.isEmpty())
        message[k("headers")] = headers;
    if (!s.message.bodyText.isEmpty())
        message[k("body")] = s.message.bodyText;
    if (!s.message.bodyFile.isEmpty())
        message[k("bodyFile")] = s.message.bodyFile;
    if (s.message.rawMessage)
        message[k("raw")] = true;
    if (!s.message.attachments.isEmpty())
        message[k("attachments")] = QJsonArray::fromStringList(s.message.attachments);
    root[k("message")] = message;

    if (const QJsonObject protocol = protocolToJson(s); !protocol.isEmpty())
        root[k("protocol")] = protocol;
    const QJsonObject connection = connectionToJson(s.connection);
    if (!connection.isEmpty())
        root[k("connection")] = connection;
    root[k("stopAfter")] = stopPointKey(s.stopAfter);
    root[k("checks")] = p.checks.toKey();
    if (s.relayCheck.enabled || !s.relayCheck.sender.isEmpty() || !s.relayCheck.recipient.isEmpty())
        root[k("relayCheck")] = QJsonObject {{k("enabled"), s.relayCheck.enabled},
                                             {k("sender"), s.relayCheck.sender},
                                             {k("recipient"), s.relayCheck.recipient}};
    const Timeouts &t = s.timeouts;
    root[k("timeouts")] = QJsonObject {
        {k("connectMs"), t.connectMs},     {k("greetingMs"), t.greetingMs},   {k("commandMs"), t.commandMs},
        {k("dataStartMs"), t.dataStartMs}, {k("dataBlockMs"), t.dataBlockMs}, {k("dataEndMs"), t.dataEndMs},
        {k("quitMs"), t.quitMs},
    };
    return root;
}

QByteArray profileToBytes(const Profile &profile)
{
    return QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Indented);
}

ProfileParseResult parseProfile(const QByteArray &json, const QString &source)
{
    ProfileParseResult result;
    const QString &name = source;
    if (json.size() > MaxProfileBytes) {
        result.error = Profile::tr("%1: the file is larger than %2 MB, far more than a profile holds; it was not read.")
                           .arg(name)
                           .arg(MaxProfileBytes / (1024 * 1024));
        return result;
    }
    if (json.trimmed().isEmpty()) {
        result.error = Profile::tr("%1: the file is empty.").arg(name);
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        result.error
            = Profile::tr("%1: not valid JSON at line %2, column %3 (offset %4): %5. The file may be truncated or "
                          "damaged; it was left as it is.")
                  .arg(name)
                  .arg(line)
                  .arg(column)
                  .arg(error.offset)
                  .arg(error.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = Profile::tr("%1: a profile must be a JSON object at the top level.").arg(name);
        return result;
    }
    return profileFromJson(doc.object(), source);
}

namespace {
/** "checks" (a CheckSelection key) and "relayCheck"; both optional, so older profiles read as before. */
void readChecks(ProfileReader &r, const QJsonObject &root, Profile *p)
{
    const QString key = r.string(root, k("checks"), k("checks"), k("all"));
    QStringList ids;
    QString why;
    const qsizetype colon = key.indexOf(u':');
    const QString kind = key.left(colon);
    const bool known = colon < 0 ? (key == u"all" || key == u"none") : (kind == u"only" || kind == u"off");
    if (!known)
        r.fail(k("checks"), Profile::tr("must be \"all\", \"none\", \"only:LIST\" or \"off:LIST\"."));
    else if (colon >= 0 && !CheckSelection::parseIds(key.mid(colon + 1), &ids, &why))
        r.fail(k("checks"), why);
    else
        p->checks = CheckSelection::fromKey(key);

    RelayCheckOptions &relay = p->session.relayCheck;
    const QJsonObject o = r.object(root, k("relayCheck"), k("relayCheck"));
    r.checkKeys(o, k("relayCheck"), {k("enabled"), k("sender"), k("recipient")});
    relay.enabled = r.boolean(o, k("enabled"), k("relayCheck.enabled"), false);
    relay.sender = r.string(o, k("sender"), k("relayCheck.sender"));
    relay.recipient = r.string(o, k("recipient"), k("relayCheck.recipient"));
    if (!relay.sender.isEmpty())
        r.check(k("relayCheck.sender"), validateMailbox(relay.sender));
    if (!relay.recipient.isEmpty())
        r.check(k("relayCheck.recipient"), validateMailbox(relay.recipient));
}
} // namespace

ProfileParseResult profileFromJson(const QJsonObject &root, const QString &source)
{
    ProfileParseResult result;
    ProfileReader r(source, &result.warnings);
    auto finish = [&]() -> ProfileParseResult {
        if (r.failed()) {
            result.ok = false;
            result.error = r.error();
        } else {
            result.ok = true;
        }
        return result;
    };

    const QString format = r.string(root, k("format"), k("format"));
    if (!r.failed() && format != u"mailflow-profile")
        r.fail(k("format"),
               Profile::tr("is \"%1\", expected \"mailflow-profile\": this is not a Mailflow profile.").arg(format));
    if (!root.contains(k("version")))
        r.fail(k("version"), Profile::tr("is missing."));
    const qint64 version = r.integer(root, k("version"), k("version"), 0, 1, 1'000'000);
    if (r.failed())
        return finish();
    if (version > Profile::FormatVersion) {
        r.fail(k("version"),
               Profile::tr("is %1: the profile was written by a newer Mailflow; this version reads profile "
                           "version %2. Update Mailflow to open it.")
                   .arg(version)
                   .arg(Profile::FormatVersion));
        return finish();
    }
    r.checkKeys(root, {},
                {k("format"), k("version"), k("name"), k("description"), k("target"), k("security"), k("ehlo"),
                 version == 1 ? k("authUser") : k("auth"), k("mailFrom"), k("recipients"), k("dsn"), k("message"),
                 k("protocol"), k("connection"), k("stopAfter"), k("timeouts"), k("checks"), k("relayCheck")});

    Profile &p = result.profile;
    SessionOptions &s = p.session;
    p.filePath = source;
    p.name = r.string(root, k("name"), k("name"));
    p.description = r.string(root, k("description"), k("description"));

    const QJsonObject target = r.object(root, k("target"), k("target"));
    r.checkKeys(target, k("target"), {k("mxDomain"), k("host"), k("port")});
    p.mxDomain = r.string(target, k("mxDomain"), k("target.mxDomain"));
    s.host = r.string(target, k("host"), k("target.host"));
    s.port = quint16(r.integer(target, k("port"), k("target.port"), 25, 1, 65535));
    if (!s.host.isEmpty())
        r.check(k("target.host"), validateServerHost(s.host));
    if (!p.mxDomain.isEmpty())
        r.check(k("target.mxDomain"), validateServerHost(p.mxDomain));

    if (version == 1) {
        readVersion1Security(r, root, &s);
    } else {
        readSecurity(r, root, &s.tls);
        readAuth(r, root, &s.auth);
    }
    s.ehloName = r.string(root, k("ehlo"), k("ehlo"));
    if (!s.ehloName.isEmpty() && s.ehloName.contains(u' '))
        r.fail(k("ehlo"), Profile::tr("must be one name without spaces."));
    s.mailFrom = r.string(root, k("mailFrom"), k("mailFrom"));
    if (s.mailFrom == u"<>")
        s.mailFrom.clear();
    r.check(k("mailFrom"), validateMailbox(s.mailFrom, true));

    const QJsonArray recipients = r.array(root, k("recipients"), k("recipients"));
    for (int i = 0; i < recipients.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("recipients[%1]").arg(i);
        if (!recipients.at(i).isObject()) {
            r.fail(path, Profile::tr("must be an object with an \"address\"."));
            break;
        }
        const QJsonObject o = recipients.at(i).toObject();
        r.checkKeys(o, path, {k("address"), k("notify"), k("orcpt")});
        Recipient rcpt;
        rcpt.address = r.string(o, k("address"), path + k(".address"));
        r.check(path + k(".address"), validateMailbox(rcpt.address));
        rcpt.orcpt = r.string(o, k("orcpt"), path + k(".orcpt"));
        if (!rcpt.orcpt.isEmpty())
            r.check(path + k(".orcpt"), validateMailbox(rcpt.orcpt));
        const QJsonArray notify = r.array(o, k("notify"), path + k(".notify"));
        QStringList words;
        for (const auto &w : notify)
            words << w.toString();
        QString why;
        if (!parseDsnNotify(words.join(u','), &rcpt.notify, &why))
            r.fail(path + k(".notify"), why);
        s.recipients.append(rcpt);
    }

    const QJsonObject dsn = r.object(root, k("dsn"), k("dsn"));
    r.checkKeys(dsn, k("dsn"), {k("mode"), k("ret"), k("envid")});
    r.key(dsn, k("mode"), k("dsn.mode"), &s.dsnMode, parseDsnMode, Profile::tr("must be \"auto\" or \"force\"."));
    r.key(dsn, k("ret"), k("dsn.ret"), &s.dsnReturn, parseDsnReturn, Profile::tr("must be \"full\" or \"hdrs\"."));
    s.envelopeId = r.string(dsn, k("envid"), k("dsn.envid"));
    r.check(k("dsn.envid"), validateSingleLine(s.envelopeId, k("dsn.envid")));

    const QJsonObject message = r.object(root, k("message"), k("message"));
    r.checkKeys(message, k("message"),
                {k("from"), k("to"), k("subject"), k("headers"), k("body"), k("bodyFile"), k("raw"), k("attachments")});
    s.message.fromHeader = r.string(message, k("from"), k("message.from"));
    s.message.toHeader = r.string(message, k("to"), k("message.to"));
    s.message.subject = r.string(message, k("subject"), k("message.subject"));
    r.check(k("message.subject"), validateSingleLine(s.message.subject, k("message.subject")));
    const QJsonArray headers = r.array(message, k("headers"), k("message.headers"));
    for (int i = 0; i < headers.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("message.headers[%1]").arg(i);
        const QJsonObject h = headers.at(i).toObject();
        r.checkKeys(h, path, {k("name"), k("value")});
        const QString name = r.string(h, k("name"), path + k(".name"));
        const QString value = r.string(h, k("value"), path + k(".value"));
        r.check(path + k(".name"), validateHeaderName(name));
        r.check(path + k(".value"), validateSingleLine(value, name));
        s.message.extraHeaders.append({name, value});
    }
    s.message.bodyText = r.string(message, k("body"), k("message.body"));
    s.message.bodyFile = r.string(message, k("bodyFile"), k("message.bodyFile"));
    s.message.rawMessage = r.boolean(message, k("raw"), k("message.raw"), false);
    const QJsonArray attachments = r.array(message, k("attachments"), k("message.attachments"));
    for (qsizetype i = 0; i < attachments.size() && !r.failed(); ++i) {
        if (!attachments.at(i).isString() || attachments.at(i).toString().isEmpty())
            r.fail(QStringLiteral("message.attachments[%1]").arg(i), Profile::tr("must be a file name."));
        s.message.attachments << attachments.at(i).toString();
    }
    if (s.message.rawMessage && !s.message.attachments.isEmpty())
        r.fail(k("message.attachments"), Profile::tr("a complete message (raw) cannot have attachments."));

    readProtocol(r, root, &s);
    readConnection(r, root, &s.connection);
    const QString stop = r.string(root, k("stopAfter"), k("stopAfter"), k("quit"));
    if (!parseStopPoint(stop, &s.stopAfter))
        r.fail(k("stopAfter"), Profile::tr("must be one of connect, ehlo, auth, xclient, mail, rcpt, data, quit."));

    readChecks(r, root, &p);

    const QJsonObject timeouts = r.object(root, k("timeouts"), k("timeouts"));
    r.checkKeys(timeouts, k("timeouts"),
                {k("connectMs"), k("greetingMs"), k("commandMs"), k("dataStartMs"), k("dataBlockMs"), k("dataEndMs"),
                 k("quitMs")});
    Timeouts &t = s.timeouts;
    const auto timeout = [&](const char *name, int fallback) {
        return int(r.integer(timeouts, k(name), k("timeouts.") + k(name), fallback, 1, 24 * 3600 * 1000));
    };
    t.connectMs = timeout("connectMs", t.connectMs);
    t.greetingMs = timeout("greetingMs", t.greetingMs);
    t.commandMs = timeout("commandMs", t.commandMs);
    t.dataStartMs = timeout("dataStartMs", t.dataStartMs);
    t.dataBlockMs = timeout("dataBlockMs", t.dataBlockMs);
    t.dataEndMs = timeout("dataEndMs", t.dataEndMs);
    t.quitMs = timeout("quitMs", t.quitMs);
    return finish();
}

QStringList profileRunProblems(const Profile &p)
{
    QStringList problems;
    const QString where = p.filePath.isEmpty() ? p.name : p.filePath;
    if (p.session.host.isEmpty() && p.mxDomain.isEmpty())
        problems << Profile::tr("%1: key \"target\": give a host or an MX domain to test.").arg(where);
    if (!p.session.message.bodyFile.isEmpty()) {
        const QString body = p.resolvedBodyFile();
        const QFileInfo info(body);
        if (!info.exists())
            problems << Profile::tr("%1: key \"message.bodyFile\": the body file %2 does not exist.").arg(where, body);
        else if (!info.isFile() || !info.isReadable())
            problems << Profile::tr("%1: key \"message.bodyFile\": the body file %2 cannot be read.").arg(where, body);
    }
    if (p.session.stopAfter >= StopPoint::Mail && p.session.recipients.isEmpty()
        && p.session.stopAfter >= StopPoint::Rcpt)
        problems
            << Profile::tr("%1: key \"recipients\": at least one recipient is needed to go past MAIL FROM.").arg(where);
    return problems;
}

} // namespace mailflow
