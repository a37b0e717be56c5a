#include "historymodel.h"

#include "evidence/evidencejson.h"
#include "statusicons.h"

#include <QLocale>

namespace mailflow {

namespace {
struct ColumnInfo
{
    HistoryModel::Column column;
    HistoryQuery::Sort sort;
    const char *title;
};
constexpr ColumnInfo columns[] = {
    {HistoryModel::Date, HistoryQuery::Sort::Started, QT_TRANSLATE_NOOP("mailflow::HistoryModel", "Date")},
    {HistoryModel::Server, HistoryQuery::Sort::Server, QT_TRANSLATE_NOOP("mailflow::HistoryModel", "Server")},
    {HistoryModel::Recipients, HistoryQuery::Sort::Recipients,
     QT_TRANSLATE_NOOP("mailflow::HistoryModel", "Recipients")},
    {HistoryModel::Profile, HistoryQuery::Sort::Profile, QT_TRANSLATE_NOOP("mailflow::HistoryModel", "Profile")},
    {HistoryModel::Verdict, HistoryQuery::Sort::Verdict, QT_TRANSLATE_NOOP("mailflow::HistoryModel", "Verdict")},
    {HistoryModel::Cause, HistoryQuery::Sort::Cause, QT_TRANSLATE_NOOP("mailflow::HistoryModel", "Cause")},
};
} // namespace

HistoryModel::HistoryModel(const QString &directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(directory)
{
    m_query.limit = pageSize();
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.limit = pageSize();
    m_query.offset = 0;
    m_runs = m_store.query(m_query);
    m_total = m_store.count(m_query);
    endResetModel();
}

QStringList HistoryModel::loadedIds() const
{
    QStringList ids;
    for (const HistoryRunInfo &run : m_runs)
        ids << run.id;
    return ids;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::verdictText(const HistoryRunInfo &run)
{
    SessionOutcome::Verdict verdict;
    if (!parseVerdictKey(run.verdict, &verdict)) {
        if (run.verdict == QLatin1String("incomplete"))
            return tr("Incomplete (cut short)");
        return run.verdict;
    }
    MilestoneKind kind;
    if (verdict != SessionOutcome::Verdict::Passed && parseMilestoneKind(run.failedStep, &kind))
        return tr("%1 at %2").arg(verdictTitle(verdict), Checklist::kindTitle(kind));
    return verdictTitle(verdict);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const HistoryRunInfo &run = m_runs.at(index.row());
    if (role == Qt::UserRole)
        return run.id;
    if (role == Qt::DecorationRole && index.column() == Verdict) {
        SessionOutcome::Verdict verdict;
        if (parseVerdictKey(run.verdict, &verdict))
            return StatusIcons::stateIcon(verdictState(verdict));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Verdict)
        return run.sentence;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat);
    case Server:
        return run.mxDomain.isEmpty() ? run.server : tr("%1 (MX of %2)").arg(run.server, run.mxDomain);
    case Recipients:
        return run.recipients;
    case Profile:
        return run.profileName.isEmpty() ? tr("(none)") : run.profileName;
    case Verdict:
        return verdictText(run);
    case Cause:
        return run.cause;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(columns[section].title);
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_runs.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    HistoryQuery next = m_query;
    next.offset = int(m_runs.size());
    const QList<HistoryRunInfo> more = m_store.query(next);
    if (more.isEmpty()) {
        m_total = int(m_runs.size()); // the history shrank under us (pruned, deleted)
        return;
    }
    beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + more.size()) - 1);
    m_runs += more;
    endInsertRows();
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    HistoryQuery query = m_query;
    query.sort = columns[column].sort;
    query.ascending = order == Qt::AscendingOrder;
    setQuery(query);
}

} // namespace mailflow
