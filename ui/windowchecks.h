#pragma once

#include "checks/checkfinding.h"
#include "checks/checkregistry.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mailflow {

class CheckRunner;
class SmtpSession;

/**
 * Runs the checks around the conversation for the window's session, as mailflow-cli does: the same
 * CheckRunner beside the test (none delays it), each test with the settings of that moment — the check
 * selection of the loaded profile or else of Preferences, the Server page's DNS server or else the one of
 * Preferences.
 */
class WindowChecks : public QObject
{
    Q_OBJECT
public:
    explicit WindowChecks(SmtpSession *session, QObject *parent = nullptr);
    ~WindowChecks() override;

    CheckRunner *runner() const { return m_runner; }
    CheckFindings findings() const;

    /** The Server page's DNS server as typed; read when a test starts. */
    void setDnsServerField(std::function<QString()> field) { m_dnsField = std::move(field); }
    /** While this says so (practice mode, against the built-in server), no check runs. */
    void setSuspended(std::function<bool()> suspended) { m_suspended = std::move(suspended); }
    /** A loaded profile's selection wins over Preferences until another one is loaded; nullopt: Preferences'. */
    void setProfileSelection(const std::optional<CheckSelection> &selection) { m_profileSelection = selection; }

    /** The selection the next test runs with (unless suspended); a profile saved from the window keeps it. */
    CheckSelection selection() const;
    QHostAddress dnsServer() const;

Q_SIGNALS:
    void findingsChanged();

private:
    void configure();

    CheckRunner *m_runner;
    std::function<QString()> m_dnsField;
    std::function<bool()> m_suspended;
    std::optional<CheckSelection> m_profileSelection;
};

} // namespace mailflow
