#include "fieldvalidation.h"

#include "base/addressvalidation.h"
#include "statusicons.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace mailflow {

namespace {
bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}
} // namespace

QValidator::State SingleLineValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    for (const QChar c : std::as_const(input)) {
        if (isControl(c))
            return Invalid;
    }
    return Acceptable;
}

void SingleLineValidator::fixup(QString &input) const
{
    input.removeIf(isControl);
}

FieldCheck::FieldCheck(QLineEdit *field, QLabel *reasonLabel, Check check, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_label(reasonLabel)
    , m_check(std::move(check))
{
    if (!field->validator())
        field->setValidator(new SingleLineValidator(field));
    connect(field, &QLineEdit::textChanged, this, [this] {
        m_touched = true;
        recheck();
    });
    connect(field, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        recheck();
    });
    m_reason = m_check(field->text());
}

QString FieldCheck::recheck()
{
    const bool wasValid = m_reason.isEmpty();
    m_reason = m_check(m_field->text());
    // Until the user has typed, an empty field is not shouted at.
    const bool show = !m_reason.isEmpty() && (m_touched || !m_field->text().isEmpty());
    m_label->setText(show ? m_reason : QString());
    m_label->setVisible(show);
    m_field->setAccessibleDescription(m_reason);
    if (wasValid != m_reason.isEmpty())
        Q_EMIT validityChanged(m_reason.isEmpty());
    return m_reason;
}

QLabel *FieldCheck::makeReasonLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, StatusIcons::stateColor(MilestoneState::Failed, p));
    label->setPalette(p);
    label->hide();
    return label;
}

QString FieldCheck::checkMailbox(const QString &value)
{
    return validateMailbox(value.trimmed(), false);
}

QString FieldCheck::checkSender(const QString &value)
{
    return validateMailbox(value.trimmed(), true);
}

QString FieldCheck::checkHost(const QString &value)
{
    return validateServerHost(value.trimmed());
}

QString FieldCheck::checkPort(const QString &value)
{
    bool ok = false;
    const int port = value.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return QCoreApplication::translate("mailflow::FieldCheck", "A port is a number from 1 to 65535.");
    return {};
}

} // namespace mailflow
