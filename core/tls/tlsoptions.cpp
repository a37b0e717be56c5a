#include "tls/tlsoptions.h"

#include "base/enumtable.h"

namespace mailflow {

namespace {
constexpr EnumName<TlsMode> tlsModes[] = {{TlsMode::Auto, "auto"},
                                          {TlsMode::Off, "off"},
                                          {TlsMode::Optional, "optional"},
                                          {TlsMode::StartTls, "starttls"},
                                          {TlsMode::Implicit, "implicit"}};
} // namespace

QString tlsModeKey(TlsMode mode)
{
    return enumKey(tlsModes, mode);
}

bool parseTlsMode(const QString &key, TlsMode *mode)
{
    return parseEnumKey(tlsModes, key, mode);
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
