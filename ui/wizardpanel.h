#pragma once

#include "smtp/sessionoptions.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace mailflow {

class SmtpSession;
class WizardPage;
class ServerPage;
class ConnectPage;
class GreetingPage;
class EnvelopePage;
class MessagePage;
class FinishPage;
class MxMatrixDialog;
class TransportFactory;

/**
 * The wizard side of the window: Server → Connect → Greeting → Envelope → Message → Finish,
 * with Back / Send / Next, Run to end with a stop point, Abort, Reconnect and a progress line.
 */
class WizardPanel : public QWidget
{
    Q_OBJECT
public:
    enum PageId { Server, Connect, Greeting, Envelope, Message, Finish, PageCount };
    Q_ENUM(PageId)
    /** At most this many sends for one press of Next (MAIL FROM and the recipients). */
    static constexpr int MaxNextSends = 12;

    explicit WizardPanel(SmtpSession *session, QWidget *parent = nullptr);

    /** Every page's values in one set of options. */
    SessionOptions collectOptions() const;
    int currentPage() const;
    void goToPage(int id);
    WizardPage *page(int id) const { return m_pages.at(id); }
    ServerPage *serverPage() const;
    ConnectPage *connectPage() const;
    GreetingPage *greetingPage() const;
    EnvelopePage *envelopePage() const;
    MessagePage *messagePage() const;
    FinishPage *finishPage() const;

    QPushButton *backButton() const { return m_back; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *runButton() const { return m_run; }
    QComboBox *stopBox() const { return m_stop; }
    QPushButton *abortButton() const { return m_abort; }
    QPushButton *reconnectButton() const { return m_reconnect; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    /** The "test all MX" window, once opened. */
    MxMatrixDialog *mxDialog() const { return m_mxDialog; }
    /** Where "test all MX" gets its transports (the window's factory); none means real sockets. Not owned. */
    void setTransportFactory(TransportFactory *factory) { m_factory = factory; }
    /** Opens "test all MX" for the Server page's lookup. */
    void testAllMx();
    /** The button Enter presses: Send when the page has something to send, else Next. */
    QPushButton *defaultButton() const { return m_enterSends ? m_send : m_next; }

    void send();
    /**
     * On the Connect page Next connects when it has not yet, and goes on once connected; else goes on.
     * With setNextRunsSteps(true) Next runs the step of every page that has not run it yet.
     */
    void next();
    /**
     * Practice mode: Next runs each page's step (all of it: MAIL FROM and every RCPT TO) and goes on once
     * it passed, so that a learner clicks through; QUIT on the Finish page. Off: only Connect does.
     */
    void setNextRunsSteps(bool on);
    bool nextRunsSteps() const { return m_nextRunsSteps; }
    void runToEnd();
    void reconnect();
    void startAgain();
    /** After startNewTest(): the Server page's MX lookup as the DNS milestone (also for a profile's rerun). */
    void recordDns();

Q_SIGNALS:
    void consoleRequested();
    /** Transcript entries first..last (0-based) to show, e.g. the evidence of the diagnosis. */
    void entriesRequested(int first, int last);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyOptions();
    void updateButtons();
    void refreshPage();
    void onBusyChanged(bool busy);
    void onDataProgress(qint64 sent, qint64 total);
    void onFinished();
    void updateStepList();
    void focusPage();
    /** Whether Next runs the current page's step now rather than going on. */
    bool nextRunsStep() const;
    /** Why Run to end cannot run with these options and this stop point; empty when it can. */
    QString runProblem() const;

    SmtpSession *m_session;
    QList<WizardPage *> m_pages;
    QLabel *m_steps;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QPushButton *m_back;
    QPushButton *m_send;
    QPushButton *m_next;
    QPushButton *m_run;
    QComboBox *m_stop;
    QPushButton *m_abort;
    QPushButton *m_reconnect;
    QProgressBar *m_progress;
    QLabel *m_status;
    MxMatrixDialog *m_mxDialog = nullptr;
    TransportFactory *m_factory = nullptr;
    bool m_runningPlan = false;
    bool m_refreshQueued = false;
    bool m_shownBusy = false;
    bool m_enterSends = false;
    /** The page whose step Next started: the panel goes on once it has passed. */
    int m_nextAfterStep = -1;
    bool m_nextRunsSteps = false;
    /** Sends the current Next made on its page: a bound, should a page keep offering the same send. */
    int m_nextSends = 0;
    /** Failed and warning rows when Next started its step: one more, and the panel stays on the page. */
    int m_problemsAtNext = 0;
};

} // namespace mailflow
