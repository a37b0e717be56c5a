#include "certificatedialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailflow {

QString certificateText(const TlsReport &report)
{
    QStringList lines;
    const QStringList problems = report.problemLines();
    if (!problems.isEmpty()) {
        lines << QCoreApplication::translate("mailflow::CertificatePanel", "Verification failed:");
        for (const QString &p : problems)
            lines << QStringLiteral("  • ") + p;
        lines << QString();
    } else if (report.handshakeDone) {
        lines << QCoreApplication::translate("mailflow::CertificatePanel", "The certificate was verified.")
              << QString();
    }
    const QStringList advisories = report.advisories();
    for (const QString &a : advisories)
        lines << QStringLiteral("! ") + a;
    if (!advisories.isEmpty())
        lines << QString();
    lines += report.describe();
    if (!report.handshakeDone && report.chain.isEmpty())
        lines << QCoreApplication::translate("mailflow::CertificatePanel", "No TLS handshake in this test yet.");
    return lines.join(u'\n');
}

namespace {
QPlainTextEdit *makeText(const TlsReport &report, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(QStringLiteral("certificateText"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(certificateText(report));
    return text;
}
} // namespace

CertificatePanel::CertificatePanel(const TlsReport &report, QWidget *parent)
    : QDialog(parent)
    , m_text(makeText(report, this))
{
    setObjectName(QStringLiteral("certificatePanel"));
    setWindowTitle(tr("TLS and certificate"));
    auto *summary = new QLabel(report.summary(), this);
    summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 460);
}

CertificateDecisionDialog::CertificateDecisionDialog(const TlsReport &report, QWidget *parent)
    : QDialog(parent)
    , m_text(makeText(report, this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_continue(new QPushButton(tr("&Continue for this test"), this))
{
    setObjectName(QStringLiteral("certificateDecision"));
    setWindowTitle(tr("The server's certificate failed verification"));
    auto *question = new QLabel(tr("<b>The server's certificate could not be verified.</b> Mail programs and "
                                   "servers that require TLS would refuse this connection. Stop the test, or "
                                   "continue for this one test only (the choice is written in the transcript)."),
                                this);
    question->setWordWrap(true);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_stop->setDefault(true);
    m_continue->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_stop, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_stop, &QPushButton::clicked, this, &QDialog::reject);
    resize(720, 460);
    m_stop->setFocus();
}

} // namespace mailflow
