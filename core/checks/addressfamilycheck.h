#pragma once

#include "checks/checkfinding.h"

#include <QHostAddress>
#include <QList>

namespace mailflow {

/** One tested address of a mail exchanger, as the all-MX matrix has it. */
struct AddressFamilyRow
{
    QString host;
    QHostAddress address;
    bool passed = false;
    /** Why it failed, in the matrix's words; empty when it passed. */
    QString summary;
};

/**
 * IPv4 against IPv6: for each host with addresses of both families, a Warning ("address-family") when one
 * family fails while the other passes, with the usual causes. Nothing for hosts of one family or where
 * both fare alike.
 */
CheckFindings addressFamilyFindings(const QList<AddressFamilyRow> &rows);

} // namespace mailflow
