#include "consolewidget.h"

#include "smtp/smtpsession.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace mailflow {

void HistoryLineEdit::addToHistory(const QString &line)
{
    if (!line.isEmpty() && (m_history.isEmpty() || m_history.constLast() != line))
        m_history << line;
    m_position = int(m_history.size());
    m_draft.clear();
}

void HistoryLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier) {
        if (m_position > 0) {
            if (m_position == m_history.size())
                m_draft = text();
            --m_position;
            setText(m_history.at(m_position));
        }
        return;
    }
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier) {
        if (m_position < m_history.size()) {
            ++m_position;
            setText(m_position == m_history.size() ? m_draft : m_history.at(m_position));
        }
        return;
    }
    QLineEdit::keyPressEvent(event);
}

ConsoleWidget::ConsoleWidget(QWidget *parent)
    : QWidget(parent)
    , m_line(new HistoryLineEdit(this))
    , m_send(new QPushButton(tr("Send &command"), this))
    , m_message(new QLabel(this))
{
    auto *label = new QLabel(tr("C&onsole:"), this);
    label->setBuddy(m_line);
    m_line->setObjectName(QStringLiteral("consoleLine"));
    m_line->setPlaceholderText(tr("Type an SMTP command (NOOP, RSET, VRFY …) and press Enter; Up/Down for history"));
    m_line->setAccessibleName(tr("SMTP command"));
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setObjectName(QStringLiteral("consoleMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_line, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_line, &QLineEdit::returnPressed, this, &ConsoleWidget::sendLine);
    connect(m_send, &QPushButton::clicked, this, &ConsoleWidget::sendLine);
    connect(m_line, &QLineEdit::textEdited, m_message, &QLabel::hide);
}

void ConsoleWidget::setSession(SmtpSession *session)
{
    m_session = session;
}

bool ConsoleWidget::sendLine()
{
    if (!m_session)
        return false;
    const QString line = m_line->text();
    if (line.isEmpty())
        return false;
    QString why;
    if (!m_session->sendRaw(line, &why)) {
        m_message->setText(why);
        m_message->show();
        return false;
    }
    m_message->hide();
    m_line->addToHistory(line);
    m_line->clear();
    return true;
}

} // namespace mailflow
