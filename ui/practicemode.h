#pragma once

#include "practice/practiceserver.h"

#include <QObject>
#include <QTemporaryFile>

#include <memory>

class QFrame;
class QLabel;
class QMainWindow;
class QMenu;
class QMessageBox;
class QPushButton;
class QVBoxLayout;

namespace mailflow {

class SmtpSession;
class WizardPanel;

/**
 * Practice mode in the window: the Practice menu and the Server page's "Practice on a built-in server",
 * the built-in server for the picked scenario, its description beside the checklist, whether the learner
 * saw what it teaches on the Finish page, the received message or delivery receipt, and the tour (a
 * passing test, then a refusal) offered on the first start.
 */
class PracticeMode : public QObject
{
    Q_OBJECT

public:
    /** The tour: a passing test, then a failing one. */
    static const char *const tourScenarios[2];

    PracticeMode(QMainWindow *window, WizardPanel *wizard, SmtpSession *session, QVBoxLayout *besideChecklist);
    ~PracticeMode() override;

    /** Starts the built-in server for the scenario and fills the wizard; false with error (shown too). */
    bool start(const QString &key, QString *error = nullptr);
    void stop();
    void startTour();
    /** No profiles and no history in the data folder: a newcomer, offered the tour. */
    static bool isFirstStart();
    /** Offers the tour when isFirstStart(); the offer is practiceTourOffer. */
    void offerTourIfFirstStart();

    const PracticeScenario *scenario() const { return m_scenario; }
    PracticeServer *server() const { return m_server.get(); }
    /** 0 or 1 while the tour runs, -1 otherwise. */
    int tourStep() const { return m_tourStep; }
    QMenu *menu() const { return m_menu; }
    QFrame *panel() const { return m_panel; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QPushButton *openMessageButton() const { return m_openMessage; }
    QPushButton *tourNextButton() const { return m_tourNext; }
    QMessageBox *tourOffer() const { return m_offer; }
    /** Whether the learner saw what the scenario teaches in the finished test. */
    bool lessonSeen() const;

private:
    void onFinished();
    void showMessage();

    QMainWindow *m_window;
    WizardPanel *m_wizard;
    SmtpSession *m_session;
    const PracticeScenario *m_scenario = nullptr;
    std::unique_ptr<PracticeServer> m_server;
    std::unique_ptr<QTemporaryFile> m_caFile;
    int m_tourStep = -1;
    QMenu *m_menu;
    QFrame *m_panel;
    QLabel *m_title;
    QLabel *m_lesson;
    QFrame *m_finishBox;
    QLabel *m_outcome;
    QPushButton *m_openMessage;
    QPushButton *m_tourNext;
    QMessageBox *m_offer = nullptr;
};

} // namespace mailflow
