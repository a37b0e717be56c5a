#include "tls/tlsoptions.h"

namespace mailflow {

QString tlsModeKey(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Auto:
        return QStringLiteral("auto");
    case TlsMode::Off:
        return QStringLiteral("off");
    case TlsMode::Optional:
        return QStringLiteral("optional");
    case TlsMode::StartTls:
        return QStringLiteral("starttls");
    case TlsMode::Implicit:
        return QStringLiteral("implicit");
    }
    return {};
}

bool parseTlsMode(const QString &key, TlsMode *mode)
{
    for (TlsMode m : {TlsMode::Auto, TlsMode::Off, TlsMode::Optional, TlsMode::StartTls, TlsMode::Implicit}) {
        if (key.compare(tlsModeKey(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

TlsMode effectiveTlsMode(TlsMode mode, quint16 port)
{
    if (mode != TlsMode::Auto)
        return mode;
    if (port == 465)
        return TlsMode::Implicit;
    if (port == 587)
        return TlsMode::StartTls;
    return TlsMode::Optional;
}

} // namespace mailflow
