#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QVBoxLayout;

namespace mailflow {

class ChecklistView;
class ConsoleWidget;
class SecurityUi;
class EvidenceActions;
class PracticeMode;
class SmtpSession;
class TransportFactory;
class TranscriptView;
class WindowChecks;
class WizardPanel;

/** The wizard on the left; the live transcript with the console and the checklist on the right. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** The session's transport comes from factory when given (tests), else a real socket. Not owned. */
    explicit MainWindow(QWidget *parent = nullptr, TransportFactory *factory = nullptr);
    ~MainWindow() override;

    SmtpSession *session() const { return m_session; }
    WizardPanel *wizard() const { return m_wizard; }
    TranscriptView *transcriptView() const { return m_transcript; }
    ChecklistView *checklistView() const { return m_checklist; }
    ConsoleWidget *console() const { return m_console; }
    SecurityUi *security() const { return m_security; }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *sideSplitter() const { return m_sideSplitter; }

    /** The File and Profiles menus: reports, history, profiles, compare. */
    EvidenceActions *evidence() const { return m_evidence; }
    /** The checks around the conversation, run beside each test. */
    WindowChecks *checks() const { return m_checks; }
    /** The Practice menu, the built-in server and the tour. */
    PracticeMode *practice() const { return m_practice; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void saveLayout() const;
    void restoreLayout();
    void addStatusBar();
    void addEvidenceAndPractice(QVBoxLayout *checklistLayout);
    void addHelpMenu();
    void updateStatus();

    SmtpSession *m_session;
    WizardPanel *m_wizard;
    TranscriptView *m_transcript;
    ChecklistView *m_checklist;
    ConsoleWidget *m_console;
    QSplitter *m_mainSplitter;
    QSplitter *m_sideSplitter;
    QLabel *m_state;
    SecurityUi *m_security = nullptr;
    EvidenceActions *m_evidence = nullptr;
    PracticeMode *m_practice = nullptr;
    WindowChecks *m_checks = nullptr;
};

} // namespace mailflow
