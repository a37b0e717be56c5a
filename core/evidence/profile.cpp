#include "evidence/profile.h"

#include "base/addressvalidation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace mailflow {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::Profile", text);
}

QString k(const char *text)
{
    return QString::fromLatin1(text);
}

QString dsnReturnKey(DsnReturn ret)
{
    switch (ret) {
    case DsnReturn::Unset:
        return {};
    case DsnReturn::Full:
        return k("full");
    case DsnReturn::Headers:
        return k("hdrs");
    }
    return {};
}

QJsonArray notifyToJson(DsnNotifyFlags flags)
{
    QJsonArray out;
    const QString words = dsnNotifyKeywords(flags);
    for (const QString &w : words.split(u',', Qt::SkipEmptyParts))
        out.append(w);
    return out;
}

/** Walks a profile object, remembering the JSON path so every message says where. */
class Reader
{
public:
    Reader(const QString &source, QStringList *warnings)
        : m_source(source)
        , m_warnings(warnings)
    { }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: key \"%2\": %3").arg(m_source, path, what);
    }

    void checkKeys(const QJsonObject &o, const QString &prefix, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
            if (it.key().contains(QStringLiteral("password"), Qt::CaseInsensitive))
                m_warnings->append(tr("%1: key \"%2\" ignored: profiles never keep a password.").arg(m_source, path));
            else
                m_warnings->append(tr("%1: unknown key \"%2\" ignored.").arg(m_source, path));
        }
    }

    QString string(const QJsonObject &o, const QString &name, const QString &path, const QString &fallback = {})
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(path, tr("must be a string."));
            return fallback;
        }
        return v.toString();
    }

    qint64 integer(const QJsonObject &o, const QString &name, const QString &path, qint64 fallback, qint64 min,
                   qint64 max)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            fail(path, tr("must be a whole number from %1 to %2.").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject &o, const QString &name, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(path, tr("must be true or false."));
            return fallback;
        }
        return v.toBool();
    }

    QJsonObject object(const QJsonObject &o, const QString &name, const QString &path)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            fail(path, tr("must be an object."));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &name, const QString &path)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(path, tr("must be a list."));
            return {};
        }
        return v.toArray();
    }

    void check(const QString &path, const QString &problem)
    {
        if (!problem.isEmpty())
            fail(path, problem);
    }

    QString source() const { return m_source; }

private:
    QString m_source;
    QStringList *m_warnings;
    QString m_error;
};
} // namespace

QString Profile::resolvedBodyFile() const
{
    const QString body = session.message.bodyFile;
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
    root[k("security")] = p.securityMode;
    if (!s.ehloName.isEmpty())
        root[k("ehlo")] = s.ehloName;
    if (!p.authUser.isEmpty())
        root[k("authUser")] = p.authUser;
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
    dsn[k("mode")] = s.dsnMode == DsnMode::Force ? k("force") : k("auto");
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
    root[k("message")] = message;

    root[k("stopAfter")] = stopPointKey(s.stopAfter);
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
    const QString name = source;
    if (json.trimmed().isEmpty()) {
        result.error = tr("%1: the file is empty.").arg(name);
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        result.error = tr("%1: not valid JSON at line %2, column %3 (offset %4): %5. The file may be truncated or "
                          "damaged; it was left as it is.")
                           .arg(name)
                           .arg(line)
                           .arg(column)
                           .arg(error.offset)
                           .arg(error.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("%1: a profile must be a JSON object at the top level.").arg(name);
        return result;
    }
    return profileFromJson(doc.object(), source);
}

ProfileParseResult profileFromJson(const QJsonObject &root, const QString &source)
{
    ProfileParseResult result;
    Reader r(source, &result.warnings);
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
               tr("is \"%1\", expected \"mailflow-profile\": this is not a Mailflow profile.").arg(format));
    if (!root.contains(k("version")))
        r.fail(k("version"), tr("is missing."));
    const qint64 version = r.integer(root, k("version"), k("version"), 0, 1, 1'000'000);
    if (r.failed())
        return finish();
    if (version > Profile::FormatVersion) {
        r.fail(k("version"),
               tr("is %1: the profile was written by a newer Mailflow; this version reads profile "
                  "version %2. Update Mailflow to open it.")
                   .arg(version)
                   .arg(Profile::FormatVersion));
        return finish();
    }
    r.checkKeys(root, {},
                {k("format"), k("version"), k("name"), k("description"), k("target"), k("security"), k("ehlo"),
                 k("authUser"), k("mailFrom"), k("recipients"), k("dsn"), k("message"), k("stopAfter"), k("timeouts")});

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

    p.securityMode = r.string(root, k("security"), k("security"), k("none"));
    s.ehloName = r.string(root, k("ehlo"), k("ehlo"));
    if (!s.ehloName.isEmpty() && s.ehloName.contains(u' '))
        r.fail(k("ehlo"), tr("must be one name without spaces."));
    p.authUser = r.string(root, k("authUser"), k("authUser"));
    r.check(k("authUser"), validateSingleLine(p.authUser, k("authUser")));
    s.mailFrom = r.string(root, k("mailFrom"), k("mailFrom"));
    if (s.mailFrom == u"<>")
        s.mailFrom.clear();
    r.check(k("mailFrom"), validateMailbox(s.mailFrom, true));

    const QJsonArray recipients = r.array(root, k("recipients"), k("recipients"));
    for (int i = 0; i < recipients.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("recipients[%1]").arg(i);
        if (!recipients.at(i).isObject()) {
            r.fail(path, tr("must be an object with an \"address\"."));
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
        for (const QJsonValue &w : notify)
            words << w.toString();
        QString why;
        if (!parseDsnNotify(words.join(u','), &rcpt.notify, &why))
            r.fail(path + k(".notify"), why);
        s.recipients.append(rcpt);
    }

    const QJsonObject dsn = r.object(root, k("dsn"), k("dsn"));
    r.checkKeys(dsn, k("dsn"), {k("mode"), k("ret"), k("envid")});
    const QString mode = r.string(dsn, k("mode"), k("dsn.mode"), k("auto"));
    if (mode == u"force")
        s.dsnMode = DsnMode::Force;
    else if (mode != u"auto")
        r.fail(k("dsn.mode"), tr("must be \"auto\" or \"force\"."));
    const QString ret = r.string(dsn, k("ret"), k("dsn.ret"));
    if (ret == u"full")
        s.dsnReturn = DsnReturn::Full;
    else if (ret == u"hdrs")
        s.dsnReturn = DsnReturn::Headers;
    else if (!ret.isEmpty())
        r.fail(k("dsn.ret"), tr("must be \"full\" or \"hdrs\"."));
    s.envelopeId = r.string(dsn, k("envid"), k("dsn.envid"));
    r.check(k("dsn.envid"), validateSingleLine(s.envelopeId, k("dsn.envid")));

    const QJsonObject message = r.object(root, k("message"), k("message"));
    r.checkKeys(message, k("message"),
                {k("from"), k("to"), k("subject"), k("headers"), k("body"), k("bodyFile"), k("raw")});
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

    const QString stop = r.string(root, k("stopAfter"), k("stopAfter"), k("quit"));
    if (!parseStopPoint(stop, &s.stopAfter))
        r.fail(k("stopAfter"), tr("must be one of connect, ehlo, auth, mail, rcpt, data, quit."));

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
        problems << tr("%1: key \"target\": give a host or an MX domain to test.").arg(where);
    else if (p.session.host.isEmpty())
        problems << tr("%1: key \"target.mxDomain\": MX lookup is not available yet; give target.host.").arg(where);
    if (!p.session.message.bodyFile.isEmpty()) {
        const QString body = p.resolvedBodyFile();
        const QFileInfo info(body);
        if (!info.exists())
            problems << tr("%1: key \"message.bodyFile\": the body file %2 does not exist.").arg(where, body);
        else if (!info.isFile() || !info.isReadable())
            problems << tr("%1: key \"message.bodyFile\": the body file %2 cannot be read.").arg(where, body);
    }
    if (p.session.stopAfter >= StopPoint::Mail && p.session.recipients.isEmpty()
        && p.session.stopAfter >= StopPoint::Rcpt)
        problems << tr("%1: key \"recipients\": at least one recipient is needed to go past MAIL FROM.").arg(where);
    return problems;
}

} // namespace mailflow
