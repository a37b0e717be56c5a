#include "practice/deliveryreport.h"

#include <QLocale>

namespace mailflow {

namespace {
bool wantsSuccess(const PracticeRecipient &recipient)
{
    return recipient.notify.split(u',').contains(QStringLiteral("SUCCESS"), Qt::CaseInsensitive);
}

QByteArray rfc5322Date(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000")).toLatin1();
}

QByteArray headersOf(const QByteArray &content)
{
    const qsizetype end = content.indexOf("\r\n\r\n");
    return end < 0 ? content : content.left(end + 2);
}
} // namespace

QByteArray deliveryReport(const PracticeMessage &message, const QString &hostName)
{
    QList<PracticeRecipient> delivered;
    for (const PracticeRecipient &recipient : message.recipients)
        if (wantsSuccess(recipient))
            delivered << recipient;
    if (delivered.isEmpty())
        return {};

    const QByteArray host = hostName.toUtf8();
    const QByteArray boundary = message.queueId.toLatin1() + ".1/" + host;
    const QByteArray crlf = "\r\n";
    QByteArray out;
    out += "From: Mail Delivery System <MAILER-DAEMON@" + host + ">" + crlf;
    out += "To: " + (message.sender.isEmpty() ? QByteArray("<>") : message.sender.toUtf8()) + crlf;
    out += "Subject: Successful Mail Delivery Report" + crlf;
    out += "Date: " + rfc5322Date(message.arrival) + crlf;
    out += "Message-Id: <" + message.queueId.toLatin1() + ".dsn@" + host + ">" + crlf;
    out += "Auto-Submitted: auto-replied" + crlf;
    out += "MIME-Version: 1.0" + crlf;
    out += "Content-Type: multipart/report; report-type=delivery-status;" + crlf;
    out += "\tboundary=\"" + boundary + "\"" + crlf;
    out += "Content-Transfer-Encoding: 7bit" + crlf + crlf;
    out += "This is a MIME-encapsulated message." + crlf + crlf;

    out += "--" + boundary + crlf;
    out += "Content-Description: Notification" + crlf;
    out += "Content-Type: text/plain; charset=us-ascii" + crlf + crlf;
    out += "This is the mail system at host " + host + "." + crlf + crlf;
    out += "Your message was successfully delivered to the destination(s)" + crlf;
    out += "listed below. If the message was delivered to mailbox you will" + crlf;
    out += "receive no further notifications. Otherwise you may still receive" + crlf;
    out += "notifications of mail delivery errors from other systems." + crlf + crlf;
    out += "                   The mail system" + crlf + crlf;
    for (const PracticeRecipient &recipient : delivered)
        out += "<" + recipient.address.toUtf8() + ">: delivered to mailbox" + crlf;
    out += crlf;

    out += "--" + boundary + crlf;
    out += "Content-Description: Delivery report" + crlf;
    out += "Content-Type: message/delivery-status" + crlf + crlf;
    out += "Reporting-MTA: dns; " + host + crlf;
    out += "X-Postfix-Queue-ID: " + message.queueId.toLatin1() + crlf;
    if (!message.envelopeId.isEmpty())
        out += "Original-Envelope-Id: " + message.envelopeId.toUtf8() + crlf;
    out += "X-Postfix-Sender: rfc822; " + message.sender.toUtf8() + crlf;
    out += "Arrival-Date: " + rfc5322Date(message.arrival) + crlf;
    for (const PracticeRecipient &recipient : delivered) {
        out += crlf;
        out += "Final-Recipient: rfc822; " + recipient.address.toUtf8() + crlf;
        if (!recipient.orcpt.isEmpty()) {
            // ORCPT=rfc822;user@example.net becomes "rfc822; user@example.net"
            const QByteArray orcpt = recipient.orcpt.toUtf8();
            const qsizetype semicolon = orcpt.indexOf(';');
            out += "Original-Recipient: "
                + (semicolon < 0 ? "rfc822; " + orcpt : orcpt.left(semicolon) + "; " + orcpt.mid(semicolon + 1)) + crlf;
        }
        out += "Action: delivered" + crlf;
        out += "Status: 2.0.0" + crlf;
        out += "Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as " + message.queueId.toLatin1() + crlf;
    }
    out += crlf;

    const bool full = message.ret.compare(u"FULL", Qt::CaseInsensitive) == 0;
    out += "--" + boundary + crlf;
    out += "Content-Description: " + QByteArray(full ? "Delivered message" : "Message Headers") + crlf;
    out += "Content-Type: " + QByteArray(full ? "message/rfc822" : "text/rfc822-headers") + crlf + crlf;
    out += full ? message.content : headersOf(message.content);
    if (!out.endsWith(crlf))
        out += crlf;
    out += crlf + "--" + boundary + "--" + crlf;
    return out;
}

} // namespace mailflow
