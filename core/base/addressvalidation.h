#pragma once

#include <QString>

namespace mailflow {

/** Why an envelope address cannot be used, or an empty string when it can.
 *  allowNullSender accepts the empty reverse path (MAIL FROM:<>). */
QString validateMailbox(const QString &address, bool allowNullSender = false);

/** The address has a character outside ASCII (in the local part or the domain): only a server that offers
 *  SMTPUTF8 (RFC 6531) may take it. */
bool needsSmtpUtf8(const QString &address);

/** The address with its domain in ACE form ("user@xn--bcher-kva.example"), for a server without SMTPUTF8;
 *  empty when the part before the @ is not ASCII (no ASCII form exists) or the domain cannot be encoded. */
QString asciiDomainAddress(const QString &address);

/** Why a host name or IP literal cannot be used as a server, or empty. */
QString validateServerHost(const QString &host);

/** Why a value cannot go into a header or a command line (CR, LF, control characters), or empty. */
QString validateSingleLine(const QString &value, const QString &what);

/** Why a header field name is not valid (RFC 5322 ftext), or empty. */
QString validateHeaderName(const QString &name);

} // namespace mailflow
