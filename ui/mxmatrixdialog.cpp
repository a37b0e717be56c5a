#include "mxmatrixdialog.h"

#include "mx/mxtestrunner.h"
#include "mxmatrixmodel.h"
#include "transcriptview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mailflow {

MxMatrixDialog::MxMatrixDialog(QWidget *parent, TransportFactory *factory)
    : QDialog(parent)
    , m_runner(new MxTestRunner(this, factory))
    , m_model(new MxMatrixModel(m_runner, this))
    , m_view(new QTableView(this))
    , m_domain(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    setObjectName(QStringLiteral("mxMatrixDialog"));
    setWindowTitle(tr("Test all MX hosts"));
    m_view->setObjectName(QStringLiteral("mxMatrix"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Double-click a row to see its transcript"));
    m_domain->setObjectName(QStringLiteral("mxMatrixDomain"));
    m_domain->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("deliveryVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_stop->setObjectName(QStringLiteral("stopAllButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_domain);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    resize(820, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, m_runner, &MxTestRunner::abort);
    connect(m_runner, &MxTestRunner::finished, this, &MxMatrixDialog::onFinished);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openTranscript(index.row()); });
    connect(this, &QDialog::finished, m_runner, &MxTestRunner::abort);
}

void MxMatrixDialog::start(const MxLookupResult &lookup, const SessionOptions &options)
{
    m_runner->abort();
    m_runner->setOptions(options);
    m_runner->setPort(options.port);
    m_runner->setStopAfter(StopPoint::Rcpt);
    m_domain->setText(tr("Every mail exchanger of %1 on port %2, up to RCPT TO (no mail is sent).")
                          .arg(lookup.displayDomain())
                          .arg(options.port));
    m_verdict->setText(tr("Testing…"));
    m_stop->setEnabled(true);
    m_runner->start(lookup);
}

void MxMatrixDialog::onFinished()
{
    m_stop->setEnabled(false);
    QStringList verdict {m_runner->deliveryVerdict().explanation};
    for (const CheckFinding &f : m_model->familyFindings())
        verdict << f.sentence;
    m_verdict->setText(verdict.join(u'\n'));
    m_view->resizeColumnsToContents();
    // Widen the window so that every milestone column shows its word.
    const int wanted = m_view->horizontalHeader()->length() + m_view->frameWidth() * 2
        + layout()->contentsMargins().left() + layout()->contentsMargins().right() + 4;
    if (width() < wanted)
        resize(wanted, height());
}

QDialog *MxMatrixDialog::openTranscript(int row)
{
    if (row < 0 || row >= m_runner->rowCount() || !m_runner->row(row).transcript())
        return nullptr;
    const MxTestRow &r = m_runner->row(row);
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("mxRowTranscript"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Transcript: %1 (%2)").arg(r.displayHost, r.address.toString()));
    auto *view = new TranscriptView(dialog);
    view->setTranscript(r.transcript());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(700, 420);
    dialog->show();
    return dialog;
}

} // namespace mailflow
