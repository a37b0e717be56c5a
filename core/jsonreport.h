#pragma once

#include <QJsonObject>

namespace mailflow {

class Transcript;
class Checklist;
struct SessionOptions;
struct SessionOutcome;

/** Everything about one finished test as JSON (schema: docs in README, "format": "mailflow-report"). */
QJsonObject reportToJson(const Transcript &transcript, const Checklist &checklist, const SessionOutcome &outcome,
                         const SessionOptions &options);

} // namespace mailflow
