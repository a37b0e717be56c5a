#pragma once

#include "smtp/transport.h"

namespace mailflow {

/**
 * Where sessions get their byte streams. Nothing above the session creates a socket itself, so a
 * test can hand the CLI, the all-MX runner or the window fakes or a scripted server instead.
 */
class TransportFactory
{
public:
    virtual ~TransportFactory() = default;
    /** A new, unconnected transport owned by parent. */
    virtual Transport *createTransport(QObject *parent) = 0;
};

/** Real connections: a SocketTransport each. */
class SocketTransportFactory : public TransportFactory
{
public:
    Transport *createTransport(QObject *parent) override;
};

/** The process-wide socket factory, for callers not given another. */
TransportFactory *socketTransportFactory();

} // namespace mailflow
