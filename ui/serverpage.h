#pragma once

#include "dns/mxresolver.h"
#include "wizardpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mailflow {

class FieldCheck;

/**
 * Which server to test: a recipient address or a domain (then "Look up MX" lists its mail
 * exchangers to pick from), or a host name / IP address directly, and the port.
 */
class ServerPage : public WizardPage
{
    Q_OBJECT
public:
    enum MxColumn { PreferenceColumn, HostColumn, AddressesColumn, StateColumn, MxColumnCount };

    explicit ServerPage(SmtpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void applyTo(SessionOptions &options) const override;
    bool isComplete() const override;

    QLineEdit *hostField() const { return m_host; }
    QComboBox *portBox() const { return m_port; }
    QLineEdit *dnsServerField() const { return m_dnsServer; }
    QPushButton *lookupButton() const { return m_lookup; }
    QPushButton *testAllButton() const { return m_testAll; }
    QTreeWidget *mxTable() const { return m_table; }
    QLabel *mxMessage() const { return m_message; }
    MxResolver *resolver() const { return m_resolver; }

    /** The last lookup, when it is still about what the field holds. */
    bool hasCurrentLookup() const;
    const MxLookupResult &lookupResult() const { return m_lookupResult; }
    /** Index in lookupResult().hosts of the picked MX, -1 when none (a typed host). */
    int selectedHost() const;
    /** Starts the MX lookup of the field's domain (or address's domain). */
    void lookUp();
    /** Shows the result of a test in the "Last test" column of an MX host. */
    void setHostState(int hostIndex, const QString &text);
    /** The typed value is a mail address (its domain is looked up, it can serve as recipient). */
    bool fieldIsAddress() const;

Q_SIGNALS:
    void testAllRequested();

private:
    void onLookupFinished(const MxLookupResult &result);
    void updateControls();
    QString checkTarget(const QString &value) const;

    QLineEdit *m_host;
    QComboBox *m_port;
    QLineEdit *m_dnsServer;
    QLabel *m_dnsReason;
    QPushButton *m_lookup;
    QPushButton *m_testAll;
    QTreeWidget *m_table;
    QLabel *m_message;
    FieldCheck *m_hostCheck;
    FieldCheck *m_portCheck;
    MxResolver *m_resolver;
    MxLookupResult m_lookupResult;
    bool m_hasResult = false;
};

} // namespace mailflow
