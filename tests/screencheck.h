#pragma once
// Layout checks of one window as it is on the screen (tst_screens, issue 17.2):
// the window fits the screen's available area, no label, button, header
// section, tab, group box title or first table rows' cell text is elided or
// cut, no splitter pane is below its minimum, no form scrolls sideways.
#include <QString>
#include <QStringList>

class QWidget;

namespace screencheck
{

// The object path of a widget: "mainWindow/mainSplitter/recipientDetail/QLabel#phone".
QString objectPath(const QWidget *w);

// A label's or button's text as shown: "&&" is "&", a single "&" marks the mnemonic.
QString withoutMnemonic(QString text);

// Every problem found, one line each naming the widget by path and its text.
QStringList layoutProblems(QWidget *window);

} // namespace screencheck
