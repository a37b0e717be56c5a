#include "watchwindow.h"

#include "evidenceactions.h"
#include "historymodel.h"
#include "smtp/smtpsession.h"
#include "statusicons.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace mailflow {

WatchWindow::WatchWindow(EvidenceActions *evidence, const Profile &profile, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_evidence(evidence)
    , m_profile(profile)
    , m_store(evidence->historyDirectory())
    , m_minutes(new QSpinBox(this))
    , m_start(new QPushButton(tr("&Start watching"), this))
    , m_timeline(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_next(new QLabel(this))
{
    setObjectName(QStringLiteral("watchWindow"));
    setWindowTitle(tr("Mailflow — watching \"%1\"").arg(profile.name));
    m_minutes->setObjectName(QStringLiteral("watchMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    m_start->setObjectName(QStringLiteral("watchStart"));
    m_timeline->setObjectName(QStringLiteral("watchTimeline"));
    m_message->setObjectName(QStringLiteral("watchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_next->setObjectName(QStringLiteral("watchNext"));

    auto *intro = new QLabel(tr("Runs the profile again on a schedule and tells you when its result changes "
                                "(a DNS change propagating, a block-list removal, a greylisting wait)."),
                             this);
    intro->setWordWrap(true);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Every"), this));
    controls->addWidget(m_minutes);
    controls->addWidget(m_start);
    controls->addStretch(1);
    controls->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Runs of this profile, newest first:"), this));
    layout->addWidget(m_timeline, 1);

    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &WatchWindow::runNow);
    connect(m_start, &QPushButton::clicked, this, [this] { isWatching() ? stop() : start(); });
    connect(evidence->recorder(), &HistoryRecorder::runFinished, this, &WatchWindow::onRunFinished);
    resize(560, 420);
    refreshTimeline();
}

QString WatchWindow::resultOf(const HistoryRunInfo &run)
{
    return run.id.isEmpty() ? QString() : run.verdict + u'|' + run.failedStep + u'|' + run.cause;
}

void WatchWindow::start()
{
    HistoryQuery last;
    last.profile = m_profile.name;
    last.limit = 1;
    const QList<HistoryRunInfo> runs = m_store.query(last);
    m_lastResult = runs.isEmpty() ? QString() : resultOf(runs.first());
    m_timer.setInterval(m_intervalOverrideMs > 0 ? m_intervalOverrideMs : m_minutes->value() * 60'000);
    m_timer.start();
    m_start->setText(tr("&Stop watching"));
    m_minutes->setEnabled(false);
    runNow();
}

void WatchWindow::stop()
{
    m_timer.stop();
    m_waiting = false;
    m_start->setText(tr("&Start watching"));
    m_minutes->setEnabled(true);
    m_next->clear();
}

void WatchWindow::runNow()
{
    m_next->setText(
        tr("Next run at %1")
            .arg(QLocale().toString(QTime::currentTime().addMSecs(m_timer.interval()), QLocale::ShortFormat)));
    SmtpSession *session = m_evidence->session();
    if (session->isBusy()) {
        // Someone is testing in the window: this run waits for that test to end.
        if (!m_waiting) {
            m_waiting = true;
            auto *once = new QObject(this);
            connect(session, &SmtpSession::finished, once, [this, once] {
                once->deleteLater();
                if (std::exchange(m_waiting, false) && m_timer.isActive())
                    QTimer::singleShot(0, this, &WatchWindow::runNow);
            });
        }
        return;
    }
    m_ours = true;
    m_evidence->rerunProfile(m_profile, false);
}

void WatchWindow::onRunFinished(const QString &id)
{
    if (!std::exchange(m_ours, false))
        return;
    const HistoryRunInfo run = m_store.info(id);
    if (run.profileName != m_profile.name)
        return;
    refreshTimeline();
    Q_EMIT runRecorded(id);
    const QString result = resultOf(run);
    if (!m_lastResult.isEmpty() && result != m_lastResult) {
        const QString text
            = tr("\"%1\" changed at %2: now %3%4")
                  .arg(m_profile.name, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                       HistoryModel::verdictText(run), run.cause.isEmpty() ? QString() : tr(" (%1)").arg(run.cause));
        notify(text);
        Q_EMIT resultChanged(m_lastResult, result);
    }
    m_lastResult = result;
}

void WatchWindow::notify(const QString &text)
{
    m_message->setText(text); // always here, also where the desktop has no notifications
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(windowTitle());
    }
    m_tray->show();
    m_tray->showMessage(tr("Mailflow watch"), text);
}

void WatchWindow::refreshTimeline()
{
    HistoryQuery query;
    query.profile = m_profile.name;
    query.limit = 200;
    m_timeline->clear();
    for (const HistoryRunInfo &run : m_store.query(query)) {
        QString text = QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" — ")
            + HistoryModel::verdictText(run);
        if (!run.cause.isEmpty())
            text += tr(" (%1)").arg(run.cause);
        auto *item = new QListWidgetItem(text, m_timeline);
        item->setData(Qt::UserRole, run.id);
        item->setToolTip(run.sentence);
        SessionOutcome::Verdict verdict;
        if (parseVerdictKey(run.verdict, &verdict))
            item->setIcon(StatusIcons::stateIcon(verdictState(verdict)));
    }
}

} // namespace mailflow
