#pragma once

#include "wizardpage.h"

class QLabel;
class QPushButton;

namespace mailflow {

/** QUIT, then the verdict in one sentence and the checklist in short. */
class DiagnosisBox;

class FinishPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(SmtpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void applyTo(SessionOptions &options) const override;
    bool canSend() const override;
    QString sendText() const override;
    void send() override;
    void refresh() override;

    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *startAgainButton() const { return m_startAgain; }
    QPushButton *consoleButton() const { return m_console; }
    DiagnosisBox *diagnosisBox() const { return m_diagnosis; }

Q_SIGNALS:
    void startAgainRequested();
    void consoleRequested();

protected:
    int resultMilestone() const override;

private:
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QLabel *m_summary;
    QPushButton *m_startAgain;
    QPushButton *m_console;
    DiagnosisBox *m_diagnosis;
};

} // namespace mailflow
