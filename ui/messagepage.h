#pragma once

#include "smtp/sessionoptions.h"
#include "wizardpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace mailflow {

class AdvancedSection;
class FieldCheck;

/** DATA: the message (headers pre-filled from the envelope, body, extra headers, or a file). */
class MessagePage : public WizardPage
{
    Q_OBJECT
public:
    explicit MessagePage(SmtpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void applyTo(SessionOptions &options) const override;
    void initializePage(const SessionOptions &options) override;
    bool canSend() const override;
    QString sendText() const override;
    void send() override;
    bool isComplete() const override;

    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    QLineEdit *subjectField() const { return m_subject; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QCheckBox *fileBox() const { return m_useFile; }
    QLineEdit *fileField() const { return m_file; }
    AdvancedSection *advancedSection() const { return m_advanced; }
    /** DATA, BDAT when offered, BDAT always: the BdatMode as item data. */
    QComboBox *bdatBox() const { return m_bdat; }
    /** KiB in each BDAT chunk but the last; 0 is automatic. */
    QSpinBox *chunkSizeBox() const { return m_chunkSize; }
    void setBdat(BdatMode mode, qint64 chunkSize);
    /** The files sent as attachments after the text, as --attach sends them. */
    QListWidget *attachmentList() const { return m_attachments; }
    QPushButton *addAttachmentButton() const { return m_addAttachment; }
    QPushButton *removeAttachmentButton() const { return m_removeAttachment; }
    void setAttachments(const QStringList &files);

protected:
    int resultMilestone() const override;

private:
    QList<QPair<QString, QString>> extraHeaders(QString *why) const;
    void updateFileMode();
    void addAttachmentRows();
    void checkHeaders();

    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_headers;
    QLabel *m_headersReason;
    QPlainTextEdit *m_body;
    QCheckBox *m_useFile;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_fileReason;
    AdvancedSection *m_advanced;
    QComboBox *m_bdat;
    QSpinBox *m_chunkSize;
    QListWidget *m_attachments;
    QPushButton *m_addAttachment;
    QPushButton *m_removeAttachment;
    QString m_autoFrom;
    QString m_autoTo;
};

} // namespace mailflow
