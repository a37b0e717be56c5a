#pragma once

#include "store/historystore.h"

#include <QAbstractTableModel>

namespace mailflow {

/**
 * The history as a table, queried in SQL a page at a time: a view asks for more rows as it scrolls
 * (fetchMore), so ten thousand runs open, filter and sort as fast as one page.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Server, Recipients, Profile, Verdict, Cause, ColumnCount };
    static int pageSize() { return 200; }

    explicit HistoryModel(const QString &directory, QObject *parent = nullptr);

    HistoryStore &store() { return m_store; }
    const HistoryStore &store() const { return m_store; }
    /** Filters and sort order; the rows start again from the first page. */
    void setQuery(const HistoryQuery &query);
    HistoryQuery query() const { return m_query; }
    void refresh() { setQuery(m_query); }
    /** Every run the query matches, loaded or not. */
    int totalCount() const { return m_total; }
    const HistoryRunInfo &run(int row) const { return m_runs.at(row); }
    QStringList loadedIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** "Failed at RCPT TO", "Passed", "Incomplete (cut short)". */
    static QString verdictText(const HistoryRunInfo &run);

private:
    HistoryStore m_store;
    HistoryQuery m_query;
    QList<HistoryRunInfo> m_runs;
    int m_total = 0;
};

} // namespace mailflow
