#pragma once

#include <QComboBox>

namespace mailflow {

/**
 * A combo box that a screen reader announces by its accessible name (its label), not by its current text.
 * On Linux, Qt's own accessible interface names a combo box by its text and leaves the label to a
 * relation, so the Port field was read as "25". Set the name with setAccessibleName().
 */
class LabelledComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit LabelledComboBox(QWidget *parent = nullptr);
};

} // namespace mailflow
