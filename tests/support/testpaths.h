#pragma once

#include <QString>

namespace mailflow::test {

inline QString testsDir()
{
    return QStringLiteral(MAILFLOW_TESTS_DIR);
}

inline QString cliPath()
{
    return QStringLiteral(MAILFLOW_CLI_PATH);
}

} // namespace mailflow::test
