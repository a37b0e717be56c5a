#include "smtp/transportfactory.h"

#include "smtp/sockettransport.h"

namespace mailflow {

Transport *SocketTransportFactory::createTransport(QObject *parent)
{
    return new SocketTransport(parent);
}

TransportFactory *socketTransportFactory()
{
    static SocketTransportFactory factory;
    return &factory;
}

} // namespace mailflow
