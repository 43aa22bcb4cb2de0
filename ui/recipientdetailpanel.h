#pragma once

#include "domain/policyprofile.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QFormLayout;

// What is known about one recipient: identity (ID number masked until asked),
// benefit, jurisdiction, contact data, service period and band, big-data result.
class RecipientDetailPanel : public QWidget
{
    Q_OBJECT
public:
    RecipientDetailPanel(const Database &db, const PolicyProfile &profile, const QDate &today,
                         QWidget *parent = nullptr);
    void showRecipient(qint64 id);
    qint64 recipientId() const { return m_id; }
    // The text shown for a field (tests read it), by object name such as "idNumber".
    QString fieldText(const QString &field) const;

private:
    QLabel *addField(const QString &key, const QString &label);
    void clear();

    const Database &m_db;
    const PolicyProfile &m_profile;
    QDate m_today;
    qint64 m_id = 0;
    QString m_fullId;
    bool m_revealed = false;
    QFormLayout *m_form;
    QLabel *m_title;
    QPushButton *m_reveal;
    QHash<QString, QLabel *> m_fields;
};
