#pragma once
// Shared by widget tests: answering a question box that a dialog shows with exec().
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QTimer>

namespace modaltest
{

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
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == role) {
                    b->click();
                    return;
                }
            }
        });
        m_poll.start(10);
    }
    int asked = 0;
    QString text;

private:
    QTimer m_poll;
};

} // namespace modaltest
