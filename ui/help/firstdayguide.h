#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace certdesk
{

class Database;

// The first-day guide (issue 20 point 4): on a user's first start at this desk, five
// short steps through what they do most (find a person, record a check with photos,
// work the ledgers, sync, print the month), each with its chapter of the manual.
// Skippable; finished or skipped, it is remembered for that user in the desk's
// settings and not shown again.
class FirstDayGuide : public QDialog
{
    Q_OBJECT
public:
    // Shows the guide (not modal) unless `username` has seen it on this desk;
    // returns it, or null when it was not shown.
    static FirstDayGuide *offer(const Database &db, const QString &username, QWidget *parent);
    static QString settingKey(const QString &username);

    int step() const { return m_step; }
    int stepCount() const;
    QString stepTitle() const;
    QString stepPage() const; // the manual page of the step
    void next();
    void back();

protected:
    void done(int result) override;

private:
    FirstDayGuide(const Database &db, const QString &username, QWidget *parent);
    void showStep();

    const Database &m_db;
    QString m_username;
    int m_step = 0;
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace certdesk
