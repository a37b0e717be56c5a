#pragma once

#include "diagnosis/testdiagnosis.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mailflow {

/** The CLI's "Diagnosis:" block (cause, who must act, next steps, evidence), for one test or one MX row. */
class CliDiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliRunner)

public:
    /** indent goes before every line: an MX row's block is set in under its heading. */
    static void print(QTextStream &out, const TestDiagnosis &diagnosis, const QString &indent = {});
    /** An attempt of a --retry-deferred run by its exit code: PASSED, DEFERRED or FAILED. */
    static QString attemptWord(int exitCode);
};

} // namespace mailflow
