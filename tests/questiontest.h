#pragma once

// Answers a window-modal question that a widget opened with open() (no nested
// event loop), as a user would: by the button of the given role.
#include <QAbstractButton>
#include <QMessageBox>

namespace questiontest
{

inline bool answer(QMessageBox *box, QMessageBox::ButtonRole role)
{
    if (!box)
        return false;
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *b : buttons) {
        if (box->buttonRole(b) == role) {
            b->click();
            return true;
        }
    }
    return false;
}

} // namespace questiontest
