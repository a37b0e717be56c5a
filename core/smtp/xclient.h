#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

/** One attribute of postfix's XCLIENT command (XCLIENT_README): the name in upper case, the value as given. */
struct XclientAttribute
{
    QString name;
    QString value;
    /** Which XCLIENT command (0, 1, …) carries it: several commands go out one after another. */
    int command = 0;

    friend bool operator==(const XclientAttribute &, const XclientAttribute &) = default;
};

/** What happens when XCLIENT cannot be used (swaks' --xclient-optional and --xclient-optional-strict). */
enum class XclientRequirement {
    Required, ///< not offered, an attribute not offered or refused: the test stops
    Optional, ///< in every case the test goes on without it
    OptionalStrict, ///< not offered (or an attribute not offered): go on; refused: the test stops
};

struct XclientPolicy
{
    XclientRequirement requirement = XclientRequirement::Required;
    /** Send the attributes even when the server's XCLIENT line does not list them. */
    bool noVerify = false;
    /** XCLIENT right after the first EHLO, before STARTTLS (and AUTH), instead of after them. */
    bool beforeStartTls = false;

    friend bool operator==(const XclientPolicy &, const XclientPolicy &) = default;
};

QString xclientRequirementKey(XclientRequirement requirement);
bool parseXclientRequirement(const QString &key, XclientRequirement *requirement);

/** Building and checking an XCLIENT command; values go on the wire xtext-encoded (RFC 3461), as postfix asks. */
class Xclient
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::Xclient)
public:
    /** ADDR, NAME, PORT, PROTO, HELO, LOGIN, DESTADDR, DESTPORT. */
    static QStringList knownNames();
    /** Reads "NAME=VALUE[,NAME=VALUE…][;NAME=VALUE…]" (names in any case) into attributes, appending to the last
     *  command; each ";" starts another XCLIENT command. False with a one-line error. */
    static bool parse(const QString &text, QList<XclientAttribute> *attributes, QString *error);
    /** The empty string, or why value cannot be given for the attribute name. */
    static QString validate(const QString &name, const QString &value);
    /** RFC 3461 xtext of the UTF-8 of text: '+', '=' and bytes outside 33..126 as "+XX". */
    static QByteArray xtext(const QString &text);
    /** "XCLIENT ADDR=192.0.2.1 NAME=mail.example.com", an IPv6 ADDR with its "IPV6:" prefix; all attributes. */
    static QByteArray command(const QList<XclientAttribute> &attributes);
    /** One command line for each command number, in order. */
    static QList<QByteArray> commands(const QList<XclientAttribute> &attributes);
    /** The attributes' names the server's XCLIENT line (its words after the keyword) does not offer. */
    static QStringList notOffered(const QList<XclientAttribute> &attributes, const QStringList &offered);
    /** "ADDR=192.0.2.1,NAME=x;HELO=y" as the option and profiles write it. */
    static QString toText(const QList<XclientAttribute> &attributes);
};

} // namespace mailflow
