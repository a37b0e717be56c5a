#pragma once

#include "practice/practiceserver.h"
#include "sessionharness.h"

#include <QTemporaryFile>

namespace mailflow::test {

/** A practice server and a session set up against it as the scenario's client, what the window and CLI do. */
struct PracticeRun
{
    PracticeServer server;
    QTemporaryFile caFile;
    SessionHarness harness;

    explicit PracticeRun(const PracticeScenario &scenario, const PracticeTiming &timing = shortTiming());
    /** Starts the server and applies the scenario's client settings to the session; false with error. */
    bool prepare(QString *error);
    /** Runs the plan once more (the options stay); false when it did not finish in time. */
    bool run(int timeoutMs = 20'000) { return runSession(harness.session, timeoutMs); }

    /** Timings short enough for a test: a greylisting retry of 300 ms, a tarpit of 1.2 s. */
    static PracticeTiming shortTiming() { return {300, 1200}; }
};

} // namespace mailflow::test
