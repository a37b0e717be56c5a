#pragma once

#include "wizardpage.h"

#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace mailflow {

class AdvancedSection;
class FieldCheck;
class RecipientRow;

/** MAIL FROM and RCPT TO: the sender, several recipients each with NOTIFY options, RSET. */
class EnvelopePage : public WizardPage
{
    Q_OBJECT
public:
    explicit EnvelopePage(SmtpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void applyTo(SessionOptions &options) const override;
    bool canSend() const override;
    QString sendText() const override;
    /** Sends what comes next: MAIL FROM (after RSET when a sender was tried), else the next recipient. */
    void send() override;
    bool isComplete() const override;
    bool isStepDone() const override;
    void refresh() override;

    QLineEdit *senderField() const { return m_sender; }
    QPushButton *mailButton() const { return m_mail; }
    QPushButton *rsetButton() const { return m_rset; }
    QPushButton *addButton() const { return m_add; }
    QCheckBox *forceDsnBox() const { return m_forceDsn; }
    QLabel *dsnNote() const { return m_dsnNote; }
    AdvancedSection *advancedSection() const { return m_advanced; }
    QCheckBox *pipelineBox() const { return m_pipeline; }
    /** The open relay probe after the envelope (SessionOptions::relayCheck, a profile's "relayCheck"). */
    QCheckBox *relayCheckBox() const { return m_relayCheck; }
    /** postfix's XCLIENT attributes, NAME=VALUE,… as --xclient takes them. */
    QLineEdit *xclientField() const { return m_xclient; }
    int recipientCount() const { return int(m_rows.size()); }
    RecipientRow *recipientRow(int index) const { return m_rows.at(index); }
    RecipientRow *addRecipient(const QString &address = {});

    void sendMail();
    void sendRecipient(int index);
    void sendRset();

protected:
    int resultMilestone() const override;

private:
    enum class Next { Nothing, Mail, Recipient };
    Next nextAction(int *recipient = nullptr) const;
    bool canTalk() const;
    int recipientMilestone(int index) const;
    void removeRecipient(RecipientRow *row);
    void updateTabOrder();

    QLineEdit *m_sender;
    FieldCheck *m_senderCheck;
    QPushButton *m_mail;
    QPushButton *m_rset;
    QPushButton *m_add;
    QCheckBox *m_forceDsn;
    QLabel *m_dsnNote;
    AdvancedSection *m_advanced;
    QCheckBox *m_pipeline;
    QCheckBox *m_relayCheck;
    QLineEdit *m_xclient;
    FieldCheck *m_xclientCheck = nullptr;
    QVBoxLayout *m_rowsLayout;
    QList<RecipientRow *> m_rows;
    StepResult *m_rcptResult;
    QString m_sentSender;
    bool m_mailAfterRset = false;
    int m_lastRecipient = -1;
};

} // namespace mailflow
