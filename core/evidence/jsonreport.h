#pragma once

#include <QJsonObject>

namespace mailflow {

class Transcript;
class Checklist;
struct SessionOptions;
struct SessionOutcome;
struct ReportData;
struct TestDiagnosis;

/** Everything about one finished test as JSON ("format": "mailflow-report", "version": 1);
 *  the schema is resources/report.schema.json. */
QJsonObject reportToJson(const Transcript &transcript, const Checklist &checklist, const SessionOutcome &outcome,
                         const SessionOptions &options);

/** The same report from a ReportData, with profile, options, environment, timings and sections.
 *  Secrets are always masked. The optional "compare" member is added by the caller (runcompare.h). */
QJsonObject reportDataToJson(const ReportData &data);

/** A diagnosis as the report's "diagnosis" member (an --all-mx row has one each). */
QJsonObject diagnosisToJson(const TestDiagnosis &diagnosis);

} // namespace mailflow
