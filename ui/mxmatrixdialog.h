#pragma once

#include "dns/mxresolver.h"
#include "smtp/sessionoptions.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace mailflow {

class TransportFactory;

class MxMatrixModel;
class MxTestRunner;

/**
 * "Test all MX hosts": the matrix of every MX address × milestone, the delivery verdict below it;
 * double-clicking a row opens that row's transcript.
 */
class MxMatrixDialog : public QDialog
{
    Q_OBJECT
public:
    /** factory gives each row its transport; none means real sockets. Not owned. */
    explicit MxMatrixDialog(QWidget *parent = nullptr, TransportFactory *factory = nullptr);

    /** Runs options' plan (up to RCPT, no mail sent) against every host of lookup, on options.port. */
    void start(const MxLookupResult &lookup, const SessionOptions &options);

    MxTestRunner *runner() const { return m_runner; }
    QTableView *matrixView() const { return m_view; }
    QLabel *verdictLabel() const { return m_verdict; }
    /** Opens row's transcript in a read-only window; returns it (for tests). */
    QDialog *openTranscript(int row);

private:
    void onFinished();

    MxTestRunner *m_runner;
    MxMatrixModel *m_model;
    QTableView *m_view;
    QLabel *m_domain;
    QLabel *m_verdict;
    QPushButton *m_stop;
};

} // namespace mailflow
