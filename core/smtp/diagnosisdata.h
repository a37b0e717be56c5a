#pragma once

#include <QString>

namespace mailflow {

/** A plain-language reading of a reply or a failure, with the next thing to try. */
struct Diagnosis
{
    QString meaning;
    QString nextStep;

    bool isEmpty() const { return meaning.isEmpty() && nextStep.isEmpty(); }
};

/** How a step ended when it did not end with a reply. */
enum class FailureKind {
    None,
    Reply, ///< the server answered with a 4xx/5xx or an unexpected code
    HostNotFound,
    ConnectionRefused,
    NetworkUnreachable,
    Timeout,
    ConnectionLost, ///< the server closed the connection
    ProtocolError, ///< the server's bytes were not a valid SMTP reply
    TlsFailed,
    Aborted, ///< the user stopped the test
    LocalError, ///< a file could not be read, bad input caught late
};

} // namespace mailflow
