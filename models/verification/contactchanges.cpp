#include "verification/contactchanges.h"

#include "store/recipient.h"

namespace certdesk
{

QList<ContactField> ContactChanges::fields()
{
    return {ContactField::Phone, ContactField::HouseholdAddress, ContactField::ResidenceAddress,
            ContactField::ResidenceType};
}

QString ContactChanges::fieldName(ContactField field)
{
    switch (field) {
    case ContactField::Phone:
        return tr("Phone");
    case ContactField::HouseholdAddress:
        return tr("Household address");
    case ContactField::ResidenceAddress:
        return tr("Residence address");
    case ContactField::ResidenceType:
        return tr("Residence");
    }
    return QString();
}

QString ContactChanges::residenceTypeName(const QString &key)
{
    if (key == QLatin1String("domestic"))
        return tr("Elsewhere in China");
    if (key == QLatin1String("abroad"))
        return tr("Abroad");
    if (key.isEmpty() || key == QLatin1String("local"))
        return tr("Local");
    return key;
}

std::optional<QString> ContactChanges::value(const ContactUpdate &change, ContactField field)
{
    switch (field) {
    case ContactField::Phone:
        return change.phone;
    case ContactField::HouseholdAddress:
        return change.householdAddress;
    case ContactField::ResidenceAddress:
        return change.residenceAddress;
    case ContactField::ResidenceType:
        return change.residenceType;
    }
    return std::nullopt;
}

std::optional<QString> ContactChanges::previous(const ContactUpdate &change, ContactField field)
{
    switch (field) {
    case ContactField::Phone:
        return change.previous.phone;
    case ContactField::HouseholdAddress:
        return change.previous.householdAddress;
    case ContactField::ResidenceAddress:
        return change.previous.residenceAddress;
    case ContactField::ResidenceType:
        return change.previous.residenceType;
    }
    return std::nullopt;
}

void ContactChanges::rememberPrevious(ContactUpdate &change, const Recipient &person)
{
    // An empty field is kept as '' (a null QString is bound as NULL, which reads
    // back as "not recorded").
    const auto held = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    change.previous = {};
    if (change.phone)
        change.previous.phone = held(person.phone);
    if (change.householdAddress)
        change.previous.householdAddress = held(person.householdAddress);
    if (change.residenceAddress)
        change.previous.residenceAddress = held(person.residenceAddress);
    if (change.residenceType)
        change.previous.residenceType = held(person.residenceType);
}

QString ContactChanges::shown(ContactField field, const QString &value)
{
    if (field == ContactField::ResidenceType)
        return residenceTypeName(value.trimmed());
    return value.trimmed();
}

QStringList ContactChanges::lines(const ContactUpdate &change)
{
    QStringList out;
    for (ContactField field : fields()) {
        const std::optional<QString> now = value(change, field);
        if (!now)
            continue;
        const std::optional<QString> before = previous(change, field);
        const QString from = !before                           ? tr("(not recorded)")
                             : shown(field, *before).isEmpty() ? tr("(empty)")
                                                               : shown(field, *before);
        const QString to = shown(field, *now).isEmpty() ? tr("(cleared)") : shown(field, *now);
        out << tr("%1: %2 → %3", "contact change: field, old value, new value")
                   .arg(fieldName(field), from, to);
    }
    return out;
}

QStringList ContactChanges::clearings(const ContactUpdate &change)
{
    QStringList out;
    for (ContactField field : fields()) {
        const std::optional<QString> now = value(change, field);
        const std::optional<QString> before = previous(change, field);
        if (now && now->trimmed().isEmpty() && before && !before->trimmed().isEmpty())
            out << tr("%1: %2", "a contact field and the value it held")
                       .arg(fieldName(field), shown(field, *before));
    }
    return out;
}

} // namespace certdesk
