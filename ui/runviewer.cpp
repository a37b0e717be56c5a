#include "runviewer.h"

#include "checklistview.h"
#include "smtp/checklist.h"
#include "smtp/transcript.h"
#include "store/historystore.h"
#include "transcriptview.h"

#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace mailflow {

RunViewer::RunViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_transcriptData(new Transcript(this))
    , m_checklistData(new Checklist(this))
    , m_transcript(new TranscriptView(this))
    , m_checklist(new ChecklistView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("runViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_transcript->setTranscript(m_transcriptData);
    m_checklist->setChecklist(m_checklistData);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_transcript);
    splitter->addWidget(m_checklist);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_checklist, &ChecklistView::entriesSelected, m_transcript, &TranscriptView::showEntries);
    resize(900, 700);
}

bool RunViewer::loadRun(const QString &historyDirectory, const QString &id, QString *error)
{
    const HistoryStore store(historyDirectory);
    if (!store.load(id, m_transcriptData, m_checklistData, &m_report, error))
        return false;
    m_checklist->setFindings(m_report.checks);
    const QString when = QLocale().toString(m_report.startedAt, QLocale::ShortFormat);
    QString text = tr("<b>%1</b> — %2, %3 (read-only, from the history)")
                       .arg(verdictTitle(m_report.outcome.verdict).toHtmlEscaped(),
                            m_report.serverLabel().toHtmlEscaped(), when.toHtmlEscaped());
    if (!m_report.profileName.isEmpty())
        text += QStringLiteral("<br>") + tr("Profile: %1").arg(m_report.profileName.toHtmlEscaped());
    if (!m_report.outcome.sentence.isEmpty())
        text += QStringLiteral("<br>") + m_report.outcome.sentence.toHtmlEscaped();
    m_summary->setText(text);
    setWindowTitle(tr("Mailflow — run of %1").arg(when));
    return true;
}

} // namespace mailflow
