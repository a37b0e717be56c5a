#include "checks/spfrecord.h"

#include "base/domainname.h"
#include "base/enumtable.h"

#include <QRegularExpression>
#include <QUrl>

namespace mailflow {

namespace {

constexpr EnumName<SpfResult> spfResults[] = {
    {SpfResult::None, "none"},           {SpfResult::Neutral, "neutral"},   {SpfResult::Pass, "pass"},
    {SpfResult::Fail, "fail"},           {SpfResult::SoftFail, "softfail"}, {SpfResult::TempError, "temperror"},
    {SpfResult::PermError, "permerror"},
};

struct TermName
{
    SpfTerm::Kind value;
    const char *key;
};

constexpr TermName mechanisms[] = {
    {SpfTerm::Kind::All, "all"}, {SpfTerm::Kind::Include, "include"}, {SpfTerm::Kind::A, "a"},
    {SpfTerm::Kind::Mx, "mx"},   {SpfTerm::Kind::Ptr, "ptr"},         {SpfTerm::Kind::Ip4, "ip4"},
    {SpfTerm::Kind::Ip6, "ip6"}, {SpfTerm::Kind::Exists, "exists"},
};

bool parseCidr(const QString &text, int max, int *value)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    // No leading zeros (RFC 7208 5.6: ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT)).
    if (!ok || n < 0 || n > max || (text.size() > 1 && text.startsWith(u'0')))
        return false;
    *value = n;
    return true;
}

// "domain/24//64", "/24", "//64", "domain": the domain-spec and the two prefix lengths of a and mx.
bool splitDualCidr(const QString &argument, SpfTerm *term)
{
    const qsizetype slash = argument.indexOf(u'/');
    if (slash < 0) {
        term->domainSpec = argument;
        return true;
    }
    term->domainSpec = argument.left(slash);
    const QString cidrs = argument.mid(slash + 1);
    const qsizetype dual = cidrs.indexOf(QStringLiteral("//"));
    if (cidrs.startsWith(u'/'))
        return parseCidr(cidrs.mid(1), 128, &term->cidr6);
    if (dual < 0)
        return parseCidr(cidrs, 32, &term->cidr4);
    return parseCidr(cidrs.left(dual), 32, &term->cidr4) && parseCidr(cidrs.mid(dual + 2), 128, &term->cidr6);
}

bool parseNetwork(const QString &argument, SpfTerm *term)
{
    const qsizetype slash = argument.indexOf(u'/');
    const bool v4 = term->kind == SpfTerm::Kind::Ip4;
    term->network = QHostAddress(slash < 0 ? argument : argument.left(slash));
    const auto protocol = term->network.protocol();
    if (term->network.isNull()
        || (v4 ? protocol != QAbstractSocket::IPv4Protocol : protocol != QAbstractSocket::IPv6Protocol))
        return false;
    if (v4 && argument.count(u'.') != 3)
        return false;
    if (slash < 0)
        return true;
    return parseCidr(argument.mid(slash + 1), v4 ? 32 : 128, v4 ? &term->cidr4 : &term->cidr6);
}

bool validDomainSpec(const QString &spec)
{
    if (spec.isEmpty())
        return false;
    SpfMacroData probe;
    probe.ip = QHostAddress(QStringLiteral("192.0.2.1"));
    probe.sender = QStringLiteral("a@b.c");
    probe.domain = QStringLiteral("b.c");
    return !expandSpfMacros(spec, probe).isNull();
}

QString macroValue(QChar letter, const SpfMacroData &data)
{
    QString sender = data.sender.contains(u'@') ? data.sender : QStringLiteral("postmaster@") + data.sender;
    const qsizetype at = sender.lastIndexOf(u'@');
    switch (letter.toLower().unicode()) {
    case 's':
        return sender;
    case 'l':
        return sender.left(at).isEmpty() ? QStringLiteral("postmaster") : sender.left(at);
    case 'o':
        return sender.mid(at + 1);
    case 'd':
        return data.domain;
    case 'i': {
        if (data.ip.protocol() == QAbstractSocket::IPv4Protocol)
            return data.ip.toString();
        QString name = DomainName::reverseName(data.ip);
        name.chop(QStringLiteral(".ip6.arpa").size());
        QStringList nibbles = name.split(u'.');
        std::reverse(nibbles.begin(), nibbles.end());
        return nibbles.join(u'.');
    }
    case 'p':
        // The validated PTR name would cost lookups the RFC advises against (5.5): "unknown" is allowed.
        return QStringLiteral("unknown");
    case 'v':
        return data.ip.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("in-addr") : QStringLiteral("ip6");
    case 'h':
        return data.helo;
    default:
        return {};
    }
}

} // namespace

QString spfResultKey(SpfResult result)
{
    return enumKey(spfResults, result);
}

bool parseSpfResultKey(QStringView key, SpfResult *result)
{
    return parseEnumKey(spfResults, key, result);
}

bool SpfTerm::countsLookup() const
{
    switch (kind) {
    case Kind::Include:
    case Kind::A:
    case Kind::Mx:
    case Kind::Ptr:
    case Kind::Exists:
    case Kind::Redirect:
        return true;
    default:
        return false;
    }
}

SpfResult SpfTerm::matchResult() const
{
    switch (qualifier.unicode()) {
    case '-':
        return SpfResult::Fail;
    case '~':
        return SpfResult::SoftFail;
    case '?':
        return SpfResult::Neutral;
    default:
        return SpfResult::Pass;
    }
}

bool SpfRecord::isSpf(const QString &text)
{
    return text.compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0
        || text.startsWith(QLatin1String("v=spf1 "), Qt::CaseInsensitive);
}

SpfRecord SpfRecord::parse(const QString &text)
{
    SpfRecord record;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression modifierName(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9_.-]*$)"));
    bool explanation = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        SpfTerm term;
        term.text = words.at(i);
        QString word = term.text;
        const qsizetype equals = word.indexOf(u'=');
        const qsizetype colon = word.indexOf(u':');
        const qsizetype slash = word.indexOf(u'/');
        const bool isModifier = equals > 0 && (colon < 0 || equals < colon) && (slash < 0 || equals < slash)
            && !QStringLiteral("+-~?").contains(word.at(0));
        if (isModifier) {
            const QString name = word.left(equals).toLower();
            const QString value = word.mid(equals + 1);
            if (!modifierName.match(name).hasMatch())
                return {{}, {}, QStringLiteral("bad modifier name \"%1\"").arg(term.text)};
            if (name == u"redirect" || name == u"exp") {
                const bool isRedirect = name == u"redirect";
                if ((isRedirect && !record.redirect.isEmpty()) || (!isRedirect && explanation))
                    return {{}, {}, QStringLiteral("\"%1\" appears twice").arg(name)};
                if (!validDomainSpec(value))
                    return {{}, {}, QStringLiteral("bad domain in \"%1\"").arg(term.text)};
                term.kind = isRedirect ? SpfTerm::Kind::Redirect : SpfTerm::Kind::Explanation;
                term.domainSpec = value;
                if (isRedirect)
                    record.redirect = value;
                explanation = explanation || !isRedirect;
            } else {
                term.kind = SpfTerm::Kind::UnknownModifier;
            }
            record.terms.append(term);
            continue;
        }
        if (QStringLiteral("+-~?").contains(word.at(0))) {
            term.qualifier = word.at(0);
            word = word.mid(1);
        }
        const qsizetype end = [&] {
            for (qsizetype k = 0; k < word.size(); ++k)
                if (word.at(k) == u':' || word.at(k) == u'/')
                    return k;
            return word.size();
        }();
        const QString name = word.left(end).toLower();
        const QString rest = word.mid(end);
        const TermName *mechanism = nullptr;
        for (const TermName &m : mechanisms)
            if (name == QLatin1String(m.key))
                mechanism = &m;
        if (!mechanism)
            return {{}, {}, QStringLiteral("unknown mechanism \"%1\"").arg(term.text)};
        term.kind = mechanism->value;
        const QString argument = rest.startsWith(u':') ? rest.mid(1) : rest;
        bool ok = true;
        switch (term.kind) {
        case SpfTerm::Kind::All:
            ok = rest.isEmpty();
            break;
        case SpfTerm::Kind::Include:
        case SpfTerm::Kind::Exists:
            ok = rest.startsWith(u':') && validDomainSpec(argument);
            term.domainSpec = argument;
            break;
        case SpfTerm::Kind::Ptr:
            ok = rest.isEmpty() || (rest.startsWith(u':') && validDomainSpec(argument));
            term.domainSpec = argument;
            break;
        case SpfTerm::Kind::A:
        case SpfTerm::Kind::Mx:
            ok = (rest.isEmpty() || rest.startsWith(u'/') || rest.startsWith(u':')) && splitDualCidr(argument, &term)
                && (!rest.startsWith(u':') || validDomainSpec(term.domainSpec));
            break;
        case SpfTerm::Kind::Ip4:
        case SpfTerm::Kind::Ip6:
            ok = rest.startsWith(u':') && parseNetwork(argument, &term);
            break;
        default:
            break;
        }
        if (!ok)
            return {{}, {}, QStringLiteral("bad mechanism \"%1\"").arg(term.text)};
        record.terms.append(term);
    }
    return record;
}

QString expandSpfMacros(const QString &spec, const SpfMacroData &data)
{
    QString out;
    for (qsizetype i = 0; i < spec.size(); ++i) {
        const QChar c = spec.at(i);
        if (c != u'%') {
            out.append(c);
            continue;
        }
        if (++i >= spec.size())
            return {};
        const QChar next = spec.at(i);
        if (next == u'%') {
            out.append(u'%');
        } else if (next == u'_') {
            out.append(u' ');
        } else if (next == u'-') {
            out.append(QStringLiteral("%20"));
        } else if (next == u'{') {
            const qsizetype close = spec.indexOf(u'}', i);
            if (close < 0 || close == i + 1)
                return {};
            const QString macro = spec.mid(i + 1, close - i - 1);
            i = close;
            static const QRegularExpression form(QStringLiteral(R"(^([slodipvhSLODIPVH])(\d*)(r?)([.\-+,/_=]*)$)"),
                                                 QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = form.match(macro);
            if (!m.hasMatch())
                return {};
            const QChar letter = m.captured(1).at(0);
            const QString delimiters = m.captured(4).isEmpty() ? QStringLiteral(".") : m.captured(4);
            QStringList parts;
            QString part;
            for (const QChar ch : macroValue(letter, data)) {
                if (delimiters.contains(ch)) {
                    parts.append(part);
                    part.clear();
                } else {
                    part.append(ch);
                }
            }
            parts.append(part);
            if (!m.captured(3).isEmpty())
                std::reverse(parts.begin(), parts.end());
            if (!m.captured(2).isEmpty()) {
                const int keep = m.captured(2).toInt();
                if (keep == 0)
                    return {};
                if (parts.size() > keep)
                    parts = parts.mid(parts.size() - keep);
            }
            QString value = parts.join(u'.');
            if (letter.isUpper())
                value = QString::fromLatin1(QUrl::toPercentEncoding(value));
            out.append(value);
        } else {
            return {};
        }
    }
    return out;
}

} // namespace mailflow
