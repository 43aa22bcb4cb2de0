#pragma once

#include <QMessageBox>

namespace certdesk
{

// A message about the dialog's own work, shown window-modal without a nested
// event loop (open(), not exec()): the dialog stays scriptable in tests and a
// second message cannot pile up under the first.
inline void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &text)
{
    auto *box = new QMessageBox(icon, parent->windowTitle(), text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("lifecycleMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace certdesk
