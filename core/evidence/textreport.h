#pragma once

#include <QString>

namespace mailflow {

struct ReportData;

/** The plain-text report: header and verdict, the transcript with timestamps and markers,
 *  the checklist, optional sections, the environment. Secrets are always masked. */
QString reportToText(const ReportData &data);

/** What a report will look like with the chosen redaction (the text form), for a preview before sharing. */
QString redactionPreview(const ReportData &data);

} // namespace mailflow
