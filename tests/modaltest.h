#pragma once
// Shared by widget tests: answering the question boxes a window shows (exec() or open()).
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QTimer>

namespace modaltest
{

// Answers a question box by the button of `role`, as a user would; for a question
// a widget opened with open() (no nested event loop). False when there is none.
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

// Answers the question box named `name` with its button of `role` whenever it
// comes up, counts the questions and keeps the last one's text. The dialogs ask
// with exec(), so the answer comes from a timer that polls the modal widget (as
// tst_backupui and tst_authorize do); the timer lives as long as the object.
class Answerer
{
public:
    Answerer(const QString &name, QMessageBox::ButtonRole role)
    {
        QObject::connect(&m_poll, &QTimer::timeout, [this, name, role] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name || box->property("answered").toBool())
                return;
            box->setProperty("answered", true);
            ++asked;
            text = box->text();
            answer(box, role);
        });
        m_poll.start(10);
    }
    int asked = 0;
    QString text;

private:
    QTimer m_poll;
};

} // namespace modaltest
