#include "evidence/evidencejson.h"

#include "base/enumtable.h"

#include <QJsonArray>

namespace mailflow {

namespace {
QString key(const char *text)
{
    return QString::fromLatin1(text);
}

constexpr EnumName<FailureKind> failures[] = {
    {FailureKind::None, "none"},
    {FailureKind::Reply, "reply"},
    {FailureKind::HostNotFound, "host-not-found"},
    {FailureKind::ConnectionRefused, "connection-refused"},
    {FailureKind::NetworkUnreachable, "network-unreachable"},
    {FailureKind::Timeout, "timeout"},
    {FailureKind::ConnectionLost, "connection-lost"},
    {FailureKind::ProtocolError, "protocol-error"},
    {FailureKind::TlsFailed, "tls-failed"},
    {FailureKind::Aborted, "aborted"},
    {FailureKind::LocalError, "local-error"},
};
} // namespace

QString failureKey(FailureKind failure)
{
    return enumKey(failures, failure);
}

FailureKind failureFromKey(const QString &text)
{
    FailureKind failure = FailureKind::None;
    parseEnumKey(failures, text, &failure, Qt::CaseSensitive);
    return failure;
}

bool parseDirectionName(const QString &name, TranscriptEntry::Direction *direction)
{
    using D = TranscriptEntry::Direction;
    for (D d : {D::Client, D::Server, D::Info, D::Warning, D::Error}) {
        if (Transcript::directionName(d) == name) {
            *direction = d;
            return true;
        }
    }
    return false;
}

bool parseMilestoneKind(const QString &text, MilestoneKind *kind)
{
    using K = MilestoneKind;
    for (K k : {K::Dns, K::Connect, K::Ehlo, K::StartTls, K::Tls, K::Auth, K::Mail, K::Rcpt, K::Data, K::EndOfData,
                K::Quit}) {
        if (Checklist::kindKey(k) == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool parseMilestoneState(const QString &text, MilestoneState *state)
{
    using S = MilestoneState;
    for (S s : {S::Pending, S::Running, S::Passed, S::Warning, S::Failed, S::Skipped}) {
        if (Checklist::stateKey(s) == text) {
            *state = s;
            return true;
        }
    }
    return false;
}

QJsonObject entryToJson(const TranscriptEntry &e)
{
    QJsonObject o;
    o[key("direction")] = Transcript::directionName(e.direction);
    o[key("elapsedMs")] = e.elapsedMs;
    o[key("time")] = e.wallTime.toString(Qt::ISODateWithMs);
    o[key("text")] = e.text;
    return o;
}

TranscriptEntry entryFromJson(const QJsonObject &o)
{
    TranscriptEntry e;
    parseDirectionName(o.value(key("direction")).toString(), &e.direction);
    e.elapsedMs = o.value(key("elapsedMs")).toInteger();
    e.wallTime = QDateTime::fromString(o.value(key("time")).toString(), Qt::ISODateWithMs);
    e.text = o.value(key("text")).toString();
    return e;
}

QJsonObject milestoneToJson(const Milestone &m)
{
    QJsonObject o;
    o[key("kind")] = Checklist::kindKey(m.kind);
    o[key("title")] = m.title();
    if (!m.subject.isEmpty())
        o[key("subject")] = m.subject;
    o[key("state")] = Checklist::stateKey(m.state);
    o[key("expected")] = m.expected;
    if (m.reply.isValid()) {
        QJsonObject reply;
        reply[key("code")] = m.reply.code;
        if (m.reply.status.isValid())
            reply[key("enhanced")] = m.reply.status.toString();
        reply[key("lines")] = QJsonArray::fromStringList(m.reply.lines());
        o[key("reply")] = reply;
    }
    if (m.failure != FailureKind::None)
        o[key("failure")] = failureKey(m.failure);
    o[key("summary")] = m.summary;
    if (!m.diagnosis.meaning.isEmpty())
        o[key("meaning")] = m.diagnosis.meaning;
    if (!m.diagnosis.nextStep.isEmpty())
        o[key("nextStep")] = m.diagnosis.nextStep;
    if (m.startedMs >= 0)
        o[key("startedMs")] = m.startedMs;
    if (m.durationMs >= 0)
        o[key("durationMs")] = m.durationMs;
    if (m.firstEntry >= 0)
        o[key("firstEntry")] = m.firstEntry;
    if (m.lastEntry >= 0)
        o[key("lastEntry")] = m.lastEntry;
    return o;
}

Milestone milestoneFromJson(const QJsonObject &o)
{
    Milestone m;
    parseMilestoneKind(o.value(key("kind")).toString(), &m.kind);
    m.subject = o.value(key("subject")).toString();
    parseMilestoneState(o.value(key("state")).toString(), &m.state);
    m.expected = o.value(key("expected")).toString();
    const QJsonObject reply = o.value(key("reply")).toObject();
    if (!reply.isEmpty()) {
        m.reply.code = reply.value(key("code")).toInt();
        m.reply.status = EnhancedStatus::parse(reply.value(key("enhanced")).toString());
        QStringList lines;
        for (const auto &line : reply.value(key("lines")).toArray())
            lines.append(line.toString());
        m.reply.setLines(lines);
    }
    m.failure = failureFromKey(o.value(key("failure")).toString());
    m.summary = o.value(key("summary")).toString();
    m.diagnosis.meaning = o.value(key("meaning")).toString();
    m.diagnosis.nextStep = o.value(key("nextStep")).toString();
    m.startedMs = o.value(key("startedMs")).toInteger(-1);
    m.durationMs = o.value(key("durationMs")).toInteger(-1);
    m.firstEntry = o.value(key("firstEntry")).toInt(-1);
    m.lastEntry = o.value(key("lastEntry")).toInt(-1);
    return m;
}

QJsonObject environmentToJson(const EnvironmentInfo &env)
{
    QJsonObject o;
    o[key("program")] = env.program;
    o[key("os")] = env.os;
    o[key("hostName")] = env.hostName;
    o[key("localAddress")] = env.localAddress;
    o[key("dnsServer")] = env.dnsServer;
    o[key("dateTime")] = env.dateTime.toString(Qt::ISODateWithMs);
    o[key("timeZone")] = env.timeZone;
    return o;
}

EnvironmentInfo environmentFromJson(const QJsonObject &o)
{
    EnvironmentInfo env;
    env.program = o.value(key("program")).toString();
    env.os = o.value(key("os")).toString();
    env.hostName = o.value(key("hostName")).toString();
    env.localAddress = o.value(key("localAddress")).toString();
    env.dnsServer = o.value(key("dnsServer")).toString();
    env.dateTime = QDateTime::fromString(o.value(key("dateTime")).toString(), Qt::ISODateWithMs);
    env.timeZone = o.value(key("timeZone")).toString();
    return env;
}

} // namespace mailflow
