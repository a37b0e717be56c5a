#include "historywindow.h"

#include "evidence/reportwriter.h"
#include "historymodel.h"
#include "labelledcombobox.h"
#include "pdf/pdfreport.h"
#include "runviewer.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace mailflow {

namespace {
struct DateRange
{
    int days; // -1: any time, 0: today
    const char *title;
};
constexpr DateRange dateRanges[] = {
    {-1, QT_TRANSLATE_NOOP("mailflow::HistoryWindow", "Any time")},
    {0, QT_TRANSLATE_NOOP("mailflow::HistoryWindow", "Today")},
    {7, QT_TRANSLATE_NOOP("mailflow::HistoryWindow", "Last 7 days")},
    {30, QT_TRANSLATE_NOOP("mailflow::HistoryWindow", "Last 30 days")},
    {90, QT_TRANSLATE_NOOP("mailflow::HistoryWindow", "Last 90 days")},
};
constexpr SessionOutcome::Verdict verdicts[] = {SessionOutcome::Verdict::Passed, SessionOutcome::Verdict::Warning,
                                                SessionOutcome::Verdict::Failed, SessionOutcome::Verdict::NotRun};
} // namespace

HistoryWindow::HistoryWindow(const QString &directory, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new HistoryModel(directory, this))
    , m_table(new QTableView(this))
    , m_location(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_domain(new QLineEdit(this))
    , m_profile(new LabelledComboBox(this))
    , m_verdict(new LabelledComboBox(this))
    , m_cause(new LabelledComboBox(this))
    , m_date(new LabelledComboBox(this))
    , m_count(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("Mailflow — history"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(HistoryModel::Date, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: measuring the contents would read every row.
    const int widths[] = {140, 200, 200, 120, 170};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_location->setObjectName(QStringLiteral("historyLocation"));
    m_location->setText(tr("Every test is kept here automatically. Database: %1")
                            .arg(QDir::toNativeSeparators(m_model->store().databasePath())));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search server, domain, recipient, profile, verdict, cause…"));
    m_search->setClearButtonEnabled(true);
    m_host->setObjectName(QStringLiteral("historyHost"));
    m_host->setPlaceholderText(tr("Host"));
    m_domain->setObjectName(QStringLiteral("historyDomain"));
    m_domain->setPlaceholderText(tr("Domain"));
    m_profile->setObjectName(QStringLiteral("historyProfile"));
    m_verdict->setObjectName(QStringLiteral("historyVerdict"));
    m_verdict->addItem(tr("Any verdict"));
    for (SessionOutcome::Verdict v : verdicts)
        m_verdict->addItem(verdictTitle(v), verdictKey(v));
    m_verdict->addItem(tr("Incomplete (cut short)"), QStringLiteral("incomplete"));
    m_cause->setObjectName(QStringLiteral("historyCause"));
    m_date->setObjectName(QStringLiteral("historyDate"));
    for (const DateRange &range : dateRanges)
        m_date->addItem(tr(range.title), range.days);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_delete->setObjectName(QStringLiteral("historyDelete"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_host, 2);
    filters->addWidget(m_domain, 2);
    filters->addWidget(m_profile, 2);
    filters->addWidget(m_verdict, 2);
    filters->addWidget(m_cause, 2);
    filters->addWidget(m_date, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_location);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_typing.setSingleShot(true);
    m_typing.setInterval(200);
    connect(&m_typing, &QTimer::timeout, this, &HistoryWindow::applyFilters);
    for (QLineEdit *edit : {m_search, m_host, m_domain})
        connect(edit, &QLineEdit::textEdited, &m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_profile, m_verdict, m_cause, m_date})
        connect(box, &QComboBox::activated, this, &HistoryWindow::applyFilters);
    connect(m_open, &QPushButton::clicked, this, &HistoryWindow::openSelected);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::exportSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryWindow::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryWindow::refresh);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryWindow::openSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n run(s)", nullptr, m_model->totalCount())); });
    m_table->setSortingEnabled(true); // sorts once now, through the model: the first query
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryWindow::updateButtons);
    resize(1000, 520);
    fillChoices();
    refresh();
}

void HistoryWindow::fillChoices()
{
    auto fill = [](QComboBox *box, const QString &any, const QStringList &values) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(any);
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_profile, tr("Any profile"), m_model->store().distinctValues(HistoryQuery::Sort::Profile));
    fill(m_cause, tr("Any cause"), m_model->store().distinctValues(HistoryQuery::Sort::Cause));
}

HistoryQuery HistoryWindow::queryFromFields() const
{
    HistoryQuery q = m_model->query();
    q.text = m_search->text().trimmed();
    q.host = m_host->text().trimmed();
    q.domain = m_domain->text().trimmed();
    q.profile = m_profile->currentData().toString();
    q.verdict = m_verdict->currentData().toString();
    q.cause = m_cause->currentData().toString();
    const int days = m_date->currentData().toInt();
    q.from = days < 0 ? QDate() : QDate::currentDate().addDays(-days);
    q.to = QDate();
    return q;
}

void HistoryWindow::applyFilters()
{
    m_typing.stop();
    const QString keep = selectedId();
    m_model->setQuery(queryFromFields());
    selectFirstOrKept(keep);
}

void HistoryWindow::refresh()
{
    fillChoices();
    applyFilters();
}

void HistoryWindow::selectFirstOrKept(const QString &keep)
{
    const int row = std::max(0, int(m_model->loadedIds().indexOf(keep)));
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    updateButtons();
}

QStringList HistoryWindow::runIds() const
{
    return m_model->loadedIds();
}

QString HistoryWindow::selectedId() const
{
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return {};
    return m_model->run(rows.first().row()).id;
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
    if (!viewer->loadRun(m_model->store().directory(), id, &error)) {
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
    if (!m_model->store().loadReport(id, &data, error))
        return false;
    const ReportFormat format = reportFormatForPath(path);
    if (format == ReportFormat::Pdf)
        return savePdfReport(path, data, error);
    return saveReport(path, data, format == ReportFormat::Unknown ? ReportFormat::Text : format, error);
}

bool HistoryWindow::deleteRun(const QString &id, QString *error)
{
    const bool ok = m_model->store().remove(id, error);
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
    if (id.isEmpty() || !m_model->store().loadReport(id, &data, &error)) {
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
