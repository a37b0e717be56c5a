#include "messagepage.h"

#include "advancedsection.h"
#include "base/addressvalidation.h"
#include "fieldvalidation.h"
#include "smtp/smtpsession.h"
#include "stepresult.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailflow {

MessagePage::MessagePage(SmtpSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_headersReason(FieldCheck::makeReasonLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_useFile(new QCheckBox(tr("Send this fi&le as the message (it has its own headers):"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_fileReason(FieldCheck::makeReasonLabel(this))
    , m_advanced(new AdvancedSection(tr("Advanced"), this))
    , m_bdat(new QComboBox(this))
    , m_chunkSize(new QSpinBox(this))
    , m_attachments(new QListWidget(this))
    , m_addAttachment(new QPushButton(tr("&Add…"), this))
    , m_removeAttachment(new QPushButton(tr("&Remove"), this))
{
    addExplanation(tr("<b>DATA</b> asks to send the message; the server should answer <b>354</b>. "
                      "Mailflow then sends the headers and the body and ends with a line holding a single dot; "
                      "the server answers <b>250</b>, often with a queue id, when it has taken the message."));
    m_from->setObjectName(QStringLiteral("fromHeaderField"));
    m_to->setObjectName(QStringLiteral("toHeaderField"));
    m_subject->setObjectName(QStringLiteral("subjectField"));
    m_subject->setText(tr("Mailflow test message"));
    for (QLineEdit *edit : {m_from, m_to, m_subject})
        edit->setValidator(new SingleLineValidator(edit));
    m_headers->setObjectName(QStringLiteral("headersEdit"));
    m_headers->setPlaceholderText(tr("Extra headers, one per line: X-Ticket: 12345"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlainText(tr("This is a test message sent by Mailflow to check that mail flows.\n"));
    m_body->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_useFile->setObjectName(QStringLiteral("fileBox"));
    m_file->setObjectName(QStringLiteral("fileField"));
    m_file->setAccessibleName(tr("Message file"));
    m_file->setValidator(new SingleLineValidator(m_file));
    m_headersReason->setObjectName(QStringLiteral("headersReason"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("Su&bject:"), m_subject);
    form->addRow(tr("E&xtra headers:"), m_headers);
    form->addRow(QString(), m_headersReason);
    form->addRow(tr("B&ody:"), m_body);
    m_layout->addLayout(form, 1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_layout->addWidget(m_useFile);
    m_layout->addLayout(fileRow);
    m_layout->addWidget(m_fileReason);
    m_advanced->toggle()->setObjectName(QStringLiteral("messageAdvancedToggle"));
    m_bdat->setObjectName(QStringLiteral("bdatBox"));
    m_bdat->addItem(tr("DATA"), int(BdatMode::Off));
    m_bdat->addItem(tr("BDAT chunks when the server offers CHUNKING"), int(BdatMode::Auto));
    m_bdat->addItem(tr("BDAT chunks even when not offered"), int(BdatMode::Force));
    m_bdat->setToolTip(tr("BDAT (RFC 3030) sends the message in counted chunks, each answered with 250: "
                          "no dot-stuffing and no final dot."));
    m_chunkSize->setObjectName(QStringLiteral("chunkSizeBox"));
    m_chunkSize->setRange(0, 1024 * 1024);
    m_chunkSize->setSuffix(tr(" KiB"));
    m_chunkSize->setSpecialValueText(tr("Automatic"));
    m_advanced->form()->addRow(tr("Send the message &with:"), m_bdat);
    m_advanced->form()->addRow(tr("BDAT &chunk size:"), m_chunkSize);
    addAttachmentRows();
    m_layout->addWidget(m_advanced);
    m_layout->addWidget(m_result);

    connect(m_useFile, &QCheckBox::toggled, this, &MessagePage::updateFileMode);
    connect(m_file, &QLineEdit::textChanged, this, &MessagePage::updateFileMode);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &MessagePage::checkHeaders);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Message file"), m_file->text(),
                                                          tr("Messages (*.eml *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_bdat, &QComboBox::currentIndexChanged, this,
            [this] { m_chunkSize->setEnabled(m_bdat->currentData().toInt() != int(BdatMode::Off)); });
    setBdat(BdatMode::Off, 0);
    updateFileMode();
    setFocusProxy(m_from);
}

void MessagePage::addAttachmentRows()
{
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_attachments->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 5);
    m_addAttachment->setObjectName(QStringLiteral("addAttachmentButton"));
    m_addAttachment->setAutoDefault(false);
    m_removeAttachment->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_removeAttachment->setAutoDefault(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addAttachment);
    buttons->addWidget(m_removeAttachment);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_attachments, 1);
    row->addLayout(buttons);
    m_advanced->form()->addRow(tr("Attach&ments:"), row);
    connect(m_addAttachment, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
        for (const QString &file : files)
            m_attachments->addItem(QFileInfo(file).absoluteFilePath());
        Q_EMIT changed();
    });
    connect(m_removeAttachment, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_attachments->selectedItems());
        Q_EMIT changed();
    });
    connect(m_attachments, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeAttachment->setEnabled(!m_attachments->selectedItems().isEmpty()); });
    m_removeAttachment->setEnabled(false);
}

void MessagePage::setAttachments(const QStringList &files)
{
    m_attachments->clear();
    m_attachments->addItems(files);
}

void MessagePage::setBdat(BdatMode mode, qint64 chunkSize)
{
    m_bdat->setCurrentIndex(qMax(0, m_bdat->findData(int(mode))));
    m_chunkSize->setEnabled(mode != BdatMode::Off);
    // Rounded up: a profile's chunk size in bytes is shown in whole KiB.
    m_chunkSize->setValue(int(qMin<qint64>((chunkSize + 1023) / 1024, m_chunkSize->maximum())));
}

QString MessagePage::title() const
{
    return tr("Message (DATA)");
}

QList<QPair<QString, QString>> MessagePage::extraHeaders(QString *why) const
{
    QList<QPair<QString, QString>> headers;
    const QStringList lines = m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            if (why)
                *why = tr("\"%1\" is not a header: write Name: value.").arg(line);
            return {};
        }
        const QString name = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        QString reason = validateHeaderName(name);
        if (reason.isEmpty())
            reason = validateSingleLine(value, name);
        if (!reason.isEmpty()) {
            if (why)
                *why = reason;
            return {};
        }
        headers.append({name, value});
    }
    return headers;
}

void MessagePage::checkHeaders()
{
    QString why;
    extraHeaders(&why);
    m_headersReason->setText(why);
    m_headersReason->setVisible(!why.isEmpty());
    Q_EMIT changed();
}

void MessagePage::updateFileMode()
{
    const bool file = m_useFile->isChecked();
    m_file->setEnabled(file);
    m_browse->setEnabled(file);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_from, m_to, m_subject, m_headers, m_body, m_attachments, m_addAttachment})
        w->setEnabled(!file);
    QString why;
    if (file) {
        const QFileInfo info(m_file->text());
        if (m_file->text().isEmpty())
            why = tr("Choose the file to send.");
        else if (!info.isFile() || !info.isReadable())
            why = tr("The file cannot be read.");
    }
    m_fileReason->setText(why);
    m_fileReason->setVisible(!why.isEmpty());
    Q_EMIT changed();
}

void MessagePage::initializePage(const SessionOptions &options)
{
    // Pre-fill from the envelope unless the user has typed something else.
    QStringList to;
    for (const Recipient &r : options.recipients) {
        if (!r.address.isEmpty())
            to << r.address;
    }
    const QString autoTo = to.join(QStringLiteral(", "));
    if (m_from->text() == m_autoFrom)
        m_from->setText(options.mailFrom);
    if (m_to->text() == m_autoTo)
        m_to->setText(autoTo);
    m_autoFrom = options.mailFrom;
    m_autoTo = autoTo;
}

void MessagePage::applyTo(SessionOptions &options) const
{
    MessageSpec &m = options.message;
    m.fromHeader = m_from->text().trimmed();
    m.toHeader = m_to->text().trimmed();
    m.subject = m_subject->text();
    m.extraHeaders = extraHeaders(nullptr);
    m.bodyText = m_body->toPlainText();
    m.bodyFile = m_useFile->isChecked() ? m_file->text() : QString();
    m.rawMessage = m_useFile->isChecked();
    // A complete message from a file has its own MIME structure: attachments go with the text only.
    m.attachments.clear();
    for (int i = 0; !m.rawMessage && i < m_attachments->count(); ++i)
        m.attachments << m_attachments->item(i)->text();
    options.bdat = BdatMode(m_bdat->currentData().toInt());
    // The CLI and profiles take any byte count; the window offers whole KiB. Without BDAT none applies.
    options.bdatChunkSize = options.bdat == BdatMode::Off ? 0 : qint64(m_chunkSize->value()) * 1024;
}

bool MessagePage::isComplete() const
{
    QString why;
    extraHeaders(&why);
    return why.isEmpty() && m_fileReason->text().isEmpty();
}

bool MessagePage::canSend() const
{
    const auto state = m_session->state();
    return !m_session->isBusy() && isComplete()
        && (state == SmtpSession::State::Greeted || state == SmtpSession::State::InTransaction);
}

QString MessagePage::sendText() const
{
    return tr("&Send DATA");
}

void MessagePage::send()
{
    m_session->data();
}

int MessagePage::resultMilestone() const
{
    const int end = lastMilestoneOf(MilestoneKind::EndOfData);
    const int data = lastMilestoneOf(MilestoneKind::Data);
    if (end >= 0 && m_session->checklist()->at(end).state != MilestoneState::Pending
        && !(data >= 0 && m_session->checklist()->at(data).state == MilestoneState::Failed))
        return end;
    return data;
}

} // namespace mailflow
