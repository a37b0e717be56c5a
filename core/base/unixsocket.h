#pragma once

#include <QString>

namespace mailflow {

/** A server written "unix:PATH" is a UNIX socket (a delivery agent's LMTP socket) rather than a host. */
inline bool isUnixSocketHost(const QString &host)
{
    return host.startsWith(QLatin1String("unix:"));
}

/** PATH of "unix:PATH". */
inline QString unixSocketPath(const QString &host)
{
    return host.mid(5);
}

} // namespace mailflow
