#pragma once

#include "verification/verificationevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace certdesk
{

struct Recipient;

enum class ContactField { Phone, HouseholdAddress, ResidenceAddress, ResidenceType };

// How a check's contact changes read, wherever they are shown (the timeline, the
// record form's question before a field is emptied): always old -> new, a cleared
// field as "(cleared)", never a bare "changed to" (issue 17). Phones and addresses
// are shown as the detail panel shows them (in full; the program masks ID numbers
// only).
class ContactChanges
{
    Q_DECLARE_TR_FUNCTIONS(ContactChanges)
public:
    static QList<ContactField> fields();
    static QString fieldName(ContactField field);
    // local / domestic / abroad by name; an empty type is local (the roster's default).
    static QString residenceTypeName(const QString &key);

    // What the check sets a field to (unset = unchanged) and what it held before
    // (unset = not recorded).
    static std::optional<QString> value(const ContactUpdate &change, ContactField field);
    static std::optional<QString> previous(const ContactUpdate &change, ContactField field);

    // Fills change.previous from the person's fields, for each field the change sets.
    static void rememberPrevious(ContactUpdate &change, const Recipient &person);

    // One line per field the check sets: "Phone: 13800000000 → (cleared)".
    static QStringList lines(const ContactUpdate &change);
    // The fields the change empties that held something, each with that value:
    // "Phone: 13800000000". Needs change.previous (rememberPrevious).
    static QStringList clearings(const ContactUpdate &change);

private:
    static QString shown(ContactField field, const QString &value);
};

} // namespace certdesk
