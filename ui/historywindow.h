#pragma once

#include "store/historystore.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mailflow {

class HistoryModel;
class RunViewer;

/**
 * The kept runs as a technician scans them (date, server, recipients, profile, verdict with the failed
 * step, cause): search, filters and sort run in SQL, a page of rows at a time. Open read-only, export,
 * delete.
 */
class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(const QString &directory, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    HistoryModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *domainEdit() const { return m_domain; }
    QComboBox *profileBox() const { return m_profile; }
    QComboBox *verdictBox() const { return m_verdict; }
    QComboBox *causeBox() const { return m_cause; }
    QComboBox *dateBox() const { return m_date; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *deleteButton() const { return m_delete; }
    /** Ids in the order of the loaded table rows. */
    QStringList runIds() const;
    QString selectedId() const;

    /** Reads the history again (and the choices of the filter lists), keeping the filters. */
    void refresh();
    /** Runs the query the filter fields describe now (typing waits a moment for more keys). */
    void applyFilters();
    /** Opens the run in a read-only viewer window; nullptr (and a message) when it cannot be read. */
    RunViewer *openRun(const QString &id);
    /** Writes the run as a report in the format the path's extension names. */
    bool exportRun(const QString &id, const QString &path, QString *error);
    bool deleteRun(const QString &id, QString *error);

private:
    HistoryQuery queryFromFields() const;
    void fillChoices();
    void selectFirstOrKept(const QString &keep);
    void openSelected();
    void exportSelected();
    void deleteSelected();
    void updateButtons();
    void showError(const QString &text);

    HistoryModel *m_model;
    QTableView *m_table;
    QLabel *m_location;
    QLineEdit *m_search;
    QLineEdit *m_host;
    QLineEdit *m_domain;
    QComboBox *m_profile;
    QComboBox *m_verdict;
    QComboBox *m_cause;
    QComboBox *m_date;
    QLabel *m_count;
    QTimer m_typing;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_delete;
    QPushButton *m_refresh;
};

} // namespace mailflow
