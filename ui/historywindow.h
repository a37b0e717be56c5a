#pragma once

#include "store/historystore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mailflow {

class RunViewer;

/** The list of kept runs (date, server, profile, verdict): open read-only, export, delete. */
class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(const QString &directory, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *deleteButton() const { return m_delete; }
    /** Ids in the order of the table rows. */
    QStringList runIds() const;
    QString selectedId() const;

    void refresh();
    /** Opens the run in a read-only viewer window; nullptr (and a message) when it cannot be read. */
    RunViewer *openRun(const QString &id);
    /** Writes the run as a report in the format the path's extension names. */
    bool exportRun(const QString &id, const QString &path, QString *error);
    bool deleteRun(const QString &id, QString *error);

private:
    void openSelected();
    void exportSelected();
    void deleteSelected();
    void updateButtons();
    void showError(const QString &text);

    HistoryStore m_store;
    QList<HistoryRunInfo> m_runs;
    QTableWidget *m_table;
    QLabel *m_location;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_delete;
    QPushButton *m_refresh;
};

} // namespace mailflow
