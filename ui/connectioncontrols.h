#pragma once

#include "fieldvalidation.h"
#include "smtp/sessionoptions.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace mailflow {

class FieldCheck;

/**
 * The Connect page's advanced connection controls: address family, local address, SOCKS5 proxy and the PROXY
 * header, checked as the command line's -4/-6, --local-address, --socks5 and --proxy-protocol/--proxy-source are.
 */
class ConnectionControls : public QObject
{
    Q_OBJECT
public:
    /** Adds the rows to form; the widgets belong to form's parent widget. */
    ConnectionControls(QFormLayout *form, QWidget *parent);

    void applyTo(ConnectionOptions &options) const;
    void fill(const ConnectionOptions &options);
    bool isValid() const;
    /** The SOCKS5 password typed for this session; never saved. */
    QString proxyPassword() const;

    QComboBox *familyBox() const { return m_family; }
    QLineEdit *localAddressField() const { return m_localAddress; }
    QLineEdit *socks5Field() const { return m_socks5; }
    QLineEdit *socks5UserField() const { return m_socks5User; }
    QLineEdit *socks5PasswordField() const { return m_socks5Password; }
    QComboBox *proxyVersionBox() const { return m_proxyVersion; }
    QLineEdit *proxySourceField() const { return m_proxySource; }
    QLineEdit *proxyDestField() const { return m_proxyDest; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &name, const QString &placeholder,
                        FieldCheck::Check check, FieldCheck **fieldCheck);
    AddressFamily family() const;
    QString checkLocalAddress(const QString &text) const;
    QString checkSocks5(const QString &text) const;
    QString checkProxyDest(const QString &text) const;
    void updateEnabled();

    QWidget *m_parent;
    QComboBox *m_family;
    QLineEdit *m_localAddress = nullptr;
    QLineEdit *m_socks5 = nullptr;
    QLineEdit *m_socks5User;
    QLineEdit *m_socks5Password;
    QComboBox *m_proxyVersion;
    QLineEdit *m_proxySource = nullptr;
    QLineEdit *m_proxyDest = nullptr;
    FieldCheck *m_localCheck = nullptr;
    FieldCheck *m_socks5Check = nullptr;
    FieldCheck *m_sourceCheck = nullptr;
    FieldCheck *m_destCheck = nullptr;
};

} // namespace mailflow
