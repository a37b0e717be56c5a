#include "diagnosis/replycatalog.h"

#include "diagnosis/catalogrules.h"
#include "diagnosis/enhancedstatuscatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailflow {

namespace {

using catalog::Context;

struct CodeEntry
{
    int code;
    const char *title;
};

// RFC 5321 section 4.2, RFC 3207 (454), RFC 4954 (235, 334, 432, 454, 530, 534, 535, 538), RFC 7504 (521, 556).
constexpr CodeEntry basicCodes[] = {
    {211, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "System status or help reply.")},
    {214, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Help message meant for people.")},
    {220, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Service ready: the server greets you.")},
    {221, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Service closing the connection: goodbye.")},
    {235, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Authentication succeeded.")},
    {250, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Requested action done.")},
    {251, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "User not local: the server will forward the message.")},
    {252,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Cannot verify the user, but will accept the message and try to deliver it.")},
    {334, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server waits for the next part of the login.")},
    {354, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Start the message; end it with a line holding only a dot.")},
    {421, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Service not available: the server is closing the connection.")},
    {432, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "A password transition is needed.")},
    {450, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mailbox unavailable for now (busy or temporarily blocked).")},
    {451, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Action aborted: a temporary problem on the server.")},
    {452, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Insufficient storage on the server, or too many recipients.")},
    {454, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "TLS or authentication is temporarily not available.")},
    {455, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server cannot handle the command's parameters now.")},
    {500, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Command not recognized: syntax error.")},
    {501, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Syntax error in the command's parameters or arguments.")},
    {502, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Command not implemented.")},
    {503, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Bad sequence of commands.")},
    {504, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Command parameter not implemented.")},
    {521, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "This host does not accept mail.")},
    {530, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Authentication required, or STARTTLS first.")},
    {534, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Authentication mechanism is too weak.")},
    {535, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Authentication credentials invalid.")},
    {538,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Encryption required for the requested authentication mechanism.")},
    {550,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mailbox unavailable: not found, no access, or refused by policy.")},
    {551, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "User not local: the server names another address to try.")},
    {552, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Storage limit exceeded: message too large or mailbox full.")},
    {553,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Mailbox name not allowed: the address is malformed or not permitted.")},
    {554,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Transaction failed (in the greeting: no SMTP service for you here).")},
    {555,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "MAIL FROM or RCPT TO parameters not recognized or not implemented.")},
    {556, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The domain does not accept mail.")},
};

constexpr CodeEntry classTitles[] = {
    {2, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Success: the server accepted the command.")},
    {3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server waits for more input.")},
    {4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Temporary failure: not accepted this time, try again later.")},
    {5, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Permanent failure: the command was refused.")},
};

QString lookup(std::span<const CodeEntry> table, int code)
{
    for (const CodeEntry &entry : table) {
        if (entry.code == code)
            return QCoreApplication::translate(Context, entry.title);
    }
    return {};
}

int specificity(const catalog::ReplyRule &rule)
{
    // Each criterion outweighs all those after it: stageFirst, words in the text, enhanced detail,
    // enhanced subject, basic code, stage, class.
    return (rule.stageFirst ? 64 : 0) + (rule.keywords ? 32 : 0) + (rule.detail != catalog::Any ? 16 : 0)
        + (rule.subject != catalog::Any ? 8 : 0) + (rule.code ? 4 : 0) + (rule.stages ? 2 : 0) + (rule.classes ? 1 : 0);
}

bool containsAnyKeyword(const QString &lowerText, const char *keywords)
{
    const QLatin1String all(keywords);
    qsizetype from = 0;
    while (from < all.size()) {
        qsizetype bar = all.indexOf(QLatin1Char('|'), from);
        if (bar < 0)
            bar = all.size();
        if (bar > from && lowerText.contains(all.sliced(from, bar - from)))
            return true;
        from = bar + 1;
    }
    return false;
}

bool matches(const catalog::ReplyRule &rule, const SmtpReply &reply, catalog::Stages stageBit, const QString &lowerText)
{
    const int replyClass = reply.code / 100;
    if (rule.classes && (replyClass < 2 || replyClass > 5 || !(rule.classes & (1u << replyClass))))
        return false;
    if (rule.code && rule.code != reply.code)
        return false;
    if (rule.subject != catalog::Any && (!reply.status.isValid() || reply.status.subject != rule.subject))
        return false;
    if (rule.detail != catalog::Any && reply.status.detail != rule.detail)
        return false;
    if (rule.stages && !(rule.stages & stageBit))
        return false;
    if (rule.guess && reply.status.detail != 0 && EnhancedStatusCatalog::isKnown(reply.status))
        return false;
    return !rule.keywords || containsAnyKeyword(lowerText, rule.keywords);
}

/** The title for %1: the enhanced code's when it has a known subject (other than X.0), else the basic code's. */
QString codeTitle(const SmtpReply &reply)
{
    QString title;
    if (reply.status.isValid() && reply.status.subject != 0)
        title = EnhancedStatusCatalog::title(reply.status);
    if (title.isEmpty())
        title = ReplyCatalog::basicCodeTitle(reply.code);
    if (title.endsWith(u'.'))
        title.chop(1);
    return title;
}

/** Replaces %1, %2 and %3 in one pass, so a value holding "%2" stays as it is. */
QString fill(const QString &pattern, const QString (&values)[3])
{
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'3') {
            out += values[pattern.at(i + 1).unicode() - u'1'];
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate(Context, text) : QString();
}

Diagnosis explainFailureAt(FailureKind failure, catalog::Stages stageBit)
{
    const catalog::FailureRule *best = nullptr;
    for (const catalog::FailureRule &rule : catalog::failureRules()) {
        if (rule.kind != failure || (rule.stages && !(rule.stages & stageBit)))
            continue;
        if (!best || (rule.stages && !best->stages))
            best = &rule;
    }
    if (!best)
        return {};
    return {translated(best->meaning), translated(best->nextStep)};
}

} // namespace

Diagnosis ReplyCatalog::explain(const SmtpReply &reply, MilestoneKind stage)
{
    const QString text = reply.text();
    const QString lowerText = text.toLower();
    const catalog::Stages stageBit = catalog::at(stage);

    const catalog::ReplyRule *best = nullptr;
    int bestScore = -1;
    for (const catalog::ReplyRule &rule : catalog::replyRules()) {
        if (!matches(rule, reply, stageBit, lowerText))
            continue;
        const int score = specificity(rule);
        if (score > bestScore) {
            best = &rule;
            bestScore = score;
        }
    }
    if (!best)
        return {};

    const QString serverText = text.isEmpty() ? reply.summary() : text;
    const QString id = queueId(reply);
    const QString values[3] = {codeTitle(reply), serverText, id.isEmpty() ? serverText : id};
    return {fill(translated(best->meaning), values), fill(translated(best->nextStep), values)};
}

Diagnosis ReplyCatalog::explainFailure(FailureKind failure, MilestoneKind stage)
{
    return explainFailureAt(failure, catalog::at(stage));
}

Diagnosis ReplyCatalog::explainGreetingFailure(FailureKind failure)
{
    const Diagnosis greeting = explainFailureAt(failure, catalog::Greeting);
    return greeting.isEmpty() ? explainFailure(failure, MilestoneKind::Connect) : greeting;
}

QString ReplyCatalog::enhancedStatusTitle(const EnhancedStatus &status)
{
    return EnhancedStatusCatalog::title(status);
}

QString ReplyCatalog::basicCodeTitle(int code)
{
    if (code < 200 || code > 599)
        return {};
    const QString title = lookup(basicCodes, code);
    return title.isEmpty() ? lookup(classTitles, code / 100) : title;
}

QString ReplyCatalog::queueId(const SmtpReply &reply)
{
    using Re = QRegularExpression;
    // Postfix "Ok: queued as 4F3A2B1C0D", Exim "OK id=1qAbCd-000123-Xy", Exchange and Microsoft 365
    // "<message-id> [InternalId=…] Queued mail for delivery", Sendmail "x7H3kL0a012345 Message accepted
    // for delivery", Gmail "OK  1700000000 a1-20020a05.123 - gsmtp".
    static const Re patterns[] = {
        Re(QStringLiteral("queued as:?\\s+([A-Za-z0-9._-]+)"), Re::CaseInsensitiveOption),
        Re(QStringLiteral("\\bid=([A-Za-z0-9._-]+)"), Re::CaseInsensitiveOption),
        Re(QStringLiteral("(<[^<>\\s]+>).*queued mail for delivery"), Re::CaseInsensitiveOption),
        Re(QStringLiteral("\\b([A-Za-z0-9]{8,})\\s+message accepted for delivery"), Re::CaseInsensitiveOption),
        Re(QStringLiteral("\\bok\\s+\\d+\\s+(\\S+)\\s+-\\s+gsmtp"), Re::CaseInsensitiveOption),
    };
    const QString text = reply.text();
    for (const Re &re : patterns) {
        const QRegularExpressionMatch match = re.match(text);
        if (match.hasMatch()) {
            QString id = match.captured(1);
            while (id.endsWith(u'.'))
                id.chop(1);
            return id;
        }
    }
    return {};
}

} // namespace mailflow
