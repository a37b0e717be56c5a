#include "historywindow.h"

#include "evidence/reportwriter.h"
#include "pdf/pdfreport.h"
#include "runviewer.h"
#include "statusicons.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailflow {

namespace {
QString verdictText(const QString &key)
{
    SessionOutcome::Verdict verdict;
    if (parseVerdictKey(key, &verdict))
        return verdictTitle(verdict);
    if (key == QLatin1String("incomplete"))
        return QCoreApplication::translate("mailflow::HistoryWindow", "Incomplete (cut short)");
    return key;
}
} // namespace

HistoryWindow::HistoryWindow(const QString &directory, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(directory)
    , m_table(new QTableWidget(this))
    , m_location(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("Mailflow — history"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Server"), tr("Profile"), tr("Verdict")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_location->setObjectName(QStringLiteral("historyLocation"));
    m_location->setText(
        tr("Every test is kept here automatically. Folder: %1").arg(QDir::toNativeSeparators(directory)));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_delete->setObjectName(QStringLiteral("historyDelete"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_location);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &HistoryWindow::openSelected);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::exportSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryWindow::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryWindow::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryWindow::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &HistoryWindow::openSelected);
    resize(760, 420);
    refresh();
}

void HistoryWindow::refresh()
{
    const QString keep = selectedId();
    m_runs = m_store.list();
    m_table->setRowCount(int(m_runs.size()));
    for (int row = 0; row < m_runs.size(); ++row) {
        const HistoryRunInfo &run = m_runs.at(row);
        auto *date = new QTableWidgetItem(QLocale().toString(run.started, QLocale::ShortFormat));
        date->setData(Qt::UserRole, run.id);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(run.server));
        m_table->setItem(row, 2, new QTableWidgetItem(run.profileName.isEmpty() ? tr("(none)") : run.profileName));
        auto *verdict = new QTableWidgetItem(verdictText(run.verdict));
        SessionOutcome::Verdict v;
        if (parseVerdictKey(run.verdict, &v)) {
            const MilestoneState state = v == SessionOutcome::Verdict::Passed ? MilestoneState::Passed
                : v == SessionOutcome::Verdict::Warning                       ? MilestoneState::Warning
                : v == SessionOutcome::Verdict::Failed                        ? MilestoneState::Failed
                                                                              : MilestoneState::Skipped;
            verdict->setIcon(StatusIcons::stateIcon(state));
        }
        m_table->setItem(row, 3, verdict);
        if (run.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (m_table->selectedItems().isEmpty() && !m_runs.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

QStringList HistoryWindow::runIds() const
{
    QStringList ids;
    for (const HistoryRunInfo &run : m_runs)
        ids << run.id;
    return ids;
}

QString HistoryWindow::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const int row = items.constFirst()->row();
    return row >= 0 && row < m_runs.size() ? m_runs.at(row).id : QString();
}

void HistoryWindow::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_open->setEnabled(any);
    m_export->setEnabled(any);
    m_delete->setEnabled(any);
}

void HistoryWindow::showError(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

RunViewer *HistoryWindow::openRun(const QString &id)
{
    auto *viewer = new RunViewer(this);
    QString error;
    if (!viewer->loadRun(m_store.directory(), id, &error)) {
        delete viewer;
        showError(tr("The run could not be opened: %1").arg(error));
        return nullptr;
    }
    viewer->show();
    return viewer;
}

bool HistoryWindow::exportRun(const QString &id, const QString &path, QString *error)
{
    ReportData data;
    if (!m_store.loadReport(id, &data, error))
        return false;
    const ReportFormat format = reportFormatForPath(path);
    if (format == ReportFormat::Pdf)
        return savePdfReport(path, data, error);
    return saveReport(path, data, format == ReportFormat::Unknown ? ReportFormat::Text : format, error);
}

bool HistoryWindow::deleteRun(const QString &id, QString *error)
{
    const bool ok = m_store.remove(id, error);
    refresh();
    return ok;
}

void HistoryWindow::openSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        openRun(id);
}

void HistoryWindow::exportSelected()
{
    const QString id = selectedId();
    ReportData data;
    QString error;
    if (id.isEmpty() || !m_store.loadReport(id, &data, &error)) {
        if (!error.isEmpty())
            showError(error);
        return;
    }
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("reports/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export run"), QDir(folder).filePath(defaultReportFileName(data, ReportFormat::Html)),
        tr("HTML report (*.html);;Plain text (*.txt);;JSON (*.json);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("reports/folder"), QFileInfo(path).absolutePath());
    if (!exportRun(id, path, &error))
        showError(tr("The report could not be written: %1").arg(error));
}

void HistoryWindow::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, windowTitle(), tr("Delete this run from the history?")) != QMessageBox::Yes)
        return;
    QString error;
    if (!deleteRun(id, &error))
        showError(tr("The run could not be deleted: %1").arg(error));
}

} // namespace mailflow
