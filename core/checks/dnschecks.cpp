#include "checks/dnschecks.h"

#include "checks/checkregistry.h"

namespace mailflow {

QList<std::pair<QString, CheckFactory>> dnsCheckFactories(const DnsCheckSettings &settings)
{
    QList<std::pair<QString, CheckFactory>> factories;
    for (const CheckRegistration &r : checkRegistry()) {
        if (!r.asksDns)
            continue;
        factories.append({r.id, [create = r.create, settings](QObject *parent) {
                              Check *check = create(settings);
                              check->setParent(parent);
                              return check;
                          }});
    }
    return factories;
}

} // namespace mailflow
