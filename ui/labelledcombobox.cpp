#include "labelledcombobox.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QLineEdit>

namespace mailflow {

namespace {

class LabelledComboAccessible : public QAccessibleWidget
{
public:
    explicit LabelledComboAccessible(QComboBox *combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox)
    {
        addControllingSignal(QStringLiteral("activated(int)"));
    }

    QString text(QAccessible::Text t) const override
    {
        // The accessible name, else the text of the label whose buddy it is.
        if (t == QAccessible::Name)
            return QAccessibleWidget::text(t);
        if (t == QAccessible::Value)
            return combo()->isEditable() && combo()->lineEdit() ? combo()->lineEdit()->text() : combo()->currentText();
        return QAccessibleWidget::text(t);
    }

    int childCount() const override { return int(parts().size()); }

    QAccessibleInterface *child(int index) const override
    {
        const QList<QObject *> list = parts();
        return index >= 0 && index < list.size() ? QAccessible::queryAccessibleInterface(list.at(index)) : nullptr;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child ? int(parts().indexOf(child->object())) : -1;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.editable = combo()->isEditable();
        s.expandable = true;
        s.expanded = combo()->view() && combo()->view()->isVisible();
        return s;
    }

    QStringList actionNames() const override
    {
        QStringList names {showMenuAction(), pressAction()};
        names += QAccessibleWidget::actionNames();
        names.removeDuplicates();
        return names;
    }

    void doAction(const QString &name) override
    {
        if (name == showMenuAction() || name == pressAction()) {
            if (combo()->view() && combo()->view()->isVisible())
                combo()->hidePopup();
            else
                combo()->showPopup();
            return;
        }
        QAccessibleWidget::doAction(name);
    }

private:
    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }

    /** The drop-down list and, when it can be typed in, the line edit: what Qt's interface offers too. */
    QList<QObject *> parts() const
    {
        QList<QObject *> list;
        if (combo()->view())
            list << combo()->view();
        if (combo()->isEditable() && combo()->lineEdit())
            list << combo()->lineEdit();
        return list;
    }
};

/** Asked by class name, most derived first: Qt's widget factory does not know this class, so this one
 *  answers for it before Qt's combo box interface would. */
QAccessibleInterface *labelledComboFactory(const QString &className, QObject *object)
{
    auto *combo = qobject_cast<LabelledComboBox *>(object);
    if (!combo || className != QLatin1StringView(LabelledComboBox::staticMetaObject.className()))
        return nullptr;
    return new LabelledComboAccessible(combo);
}

} // namespace

LabelledComboBox::LabelledComboBox(QWidget *parent)
    : QComboBox(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(labelledComboFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace mailflow
