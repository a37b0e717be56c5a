#pragma once

#include "smtp/sessionoptions.h"

#include <QJsonObject>

namespace mailflow {

class ProfileReader;

/** The profile's "connection" object: empty when everything is the default, so older profiles stay as they were. */
QJsonObject connectionToJson(const ConnectionOptions &c);
void readConnection(ProfileReader &r, const QJsonObject &root, ConnectionOptions *c);

} // namespace mailflow
