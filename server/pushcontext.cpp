#include "pushcontext.h"

#include "pushedeventrules.h"
#include "sync/protocolfields.h"

#include <QJsonDocument>

namespace certdesk
{

namespace
{
QJsonObject parsed(const QSqlQuery &q, int column)
{
    return QJsonDocument::fromJson(q.value(column).toString().toUtf8()).object();
}

void addOnce(QStringList &list, QSet<QString> &seen, const QString &value)
{
    if (!seen.contains(value)) {
        seen.insert(value);
        list.append(value);
    }
}
} // namespace

PushContext::PushContext(QSqlDatabase &db, const Caller &caller, const EvidenceVault &vault)
    : m_db(db), m_caller(caller), m_vault(vault)
{
}

void PushContext::clear()
{
    m_maxSeq = -1;
    m_people.clear();
    m_stored.clear();
    m_pending.clear();
    m_held.clear();
}

bool PushContext::load(const QList<QJsonObject> &events, QString *error)
{
    QSqlQuery q(m_db);
    if (!execQuery(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change"), {}, error) ||
        !q.next())
        return false;
    m_maxSeq = q.value(0).toLongLong();
    QStringList ids, uuids, shas;
    QSet<QString> seenIds, seenUuids, seenShas;
    for (const QJsonObject &e : events) {
        const QString id = e.value(ProtocolField::idNumber).toString();
        if (!m_people.contains(id))
            addOnce(ids, seenIds, id);
        const QString uuid = e.value(ProtocolField::uuid).toString();
        if (!m_stored.contains(uuid))
            addOnce(uuids, seenUuids, uuid);
        for (const QJsonValue &item : e.value(ProtocolField::evidence).toArray()) {
            const QString sha = item.toObject().value(QStringLiteral("content")).toString();
            if (!m_held.contains(sha))
                addOnce(shas, seenShas, sha);
        }
    }
    return loadPeople(ids, error) && loadStored(uuids, error) && loadHeld(shas, error);
}

std::optional<bool> PushContext::changedSinceLoad(QString *error) const
{
    // Every writer of a change holds the change order and commits before it
    // lets go, so whatever was committed after load() read MAX(seq) is
    // numbered above it: a few rows, read by the primary key. After a bulk
    // writer (a roster loaded: a million changes) the push reads again rather
    // than look at them all.
    constexpr int MostToLookAt = 10000;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execQuery(q, QStringLiteral("SELECT id_number, key FROM change WHERE seq > ? LIMIT ?"),
                   {m_maxSeq, MostToLookAt + 1}, error))
        return std::nullopt;
    for (int seen = 0; q.next(); ++seen) {
        if (seen == MostToLookAt)
            return true;
        if (m_people.contains(q.value(0).toString()) || m_stored.contains(q.value(1).toString()))
            return true;
    }
    return false;
}

bool PushContext::loadPeople(const QStringList &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    QHash<QString, PersonOnServer> people;
    for (const QString &id : ids)
        people.insert(id, PersonOnServer());
    if (!selectIn(
            m_db,
            QStringLiteral("SELECT id_number, district_code, street_code, community_code, data "
                           "FROM recipient WHERE id_number IN (%1)"),
            {}, ids,
            [&](const QSqlQuery &q) {
                PersonOnServer &p = people[q.value(0).toString()];
                p.known = true;
                p.codes = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
                p.row = parsed(q, 4);
            },
            error))
        return false;
    QStringList known;
    QStringList codes;
    QSet<QString> seenCodes;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (!it->known)
            continue;
        known.append(it.key());
        for (const QString &code : {it->codes.community, it->codes.street, it->codes.district}) {
            if (!code.isEmpty())
                addOnce(codes, seenCodes, code);
        }
    }
    // The steps and checks the server holds, oldest first.
    if (!selectIn(
            m_db,
            QStringLiteral("SELECT id_number, kind, payload, device, seq FROM event WHERE kind IN "
                           "('lifecycle', 'verification') AND id_number IN (%1) ORDER BY seq"),
            {}, known,
            [&](const QSqlQuery &q) {
                PersonOnServer &p = people[q.value(0).toString()];
                if (q.value(1).toString() == ProtocolValue::lifecycle)
                    p.steps.append(parsed(q, 2));
                else
                    p.checks.append({parsed(q, 2), q.value(3).toString(), q.value(4).toLongLong()});
            },
            error))
        return false;
    // Deaths the district recorded.
    if (!selectIn(
            m_db,
            QStringLiteral("SELECT id_number, data FROM change WHERE type = 'status' AND "
                           "id_number IN (%1) ORDER BY seq"),
            {}, known,
            [&](const QSqlQuery &q) {
                people[q.value(0).toString()].statuses.append(parsed(q, 1));
            },
            error))
        return false;
    QHash<QString, QString> profiles;
    if (!selectIn(
            m_db, QStringLiteral("SELECT code, profile FROM region_profile WHERE code IN (%1)"), {},
            codes,
            [&](const QSqlQuery &q) {
                profiles.insert(q.value(0).toString(), q.value(1).toString());
            },
            error))
        return false;
    for (auto it = people.begin(); it != people.end(); ++it) {
        // The nearest node with a profile: community, street, district.
        QString profile;
        for (const QString &code : {it->codes.community, it->codes.street, it->codes.district}) {
            if (!code.isEmpty() && profiles.contains(code)) {
                profile = profiles.value(code);
                break;
            }
        }
        it->profile = &PushedEventRules::profileNamed(profile.isEmpty() ? PolicyProfile::defaultId()
                                                                        : profile);
        m_people.insert(it.key(), *it);
    }
    return true;
}

bool PushContext::loadStored(const QStringList &uuids, QString *error)
{
    for (const QString &uuid : uuids)
        m_stored.insert(uuid, std::nullopt);
    return selectIn(
        m_db, QStringLiteral("SELECT uuid, content_hash, seq FROM event WHERE uuid IN (%1)"), {},
        uuids,
        [&](const QSqlQuery &q) {
            m_stored.insert(q.value(0).toString(),
                            Stored{q.value(1).toString(), q.value(2).toLongLong()});
        },
        error);
}

bool PushContext::loadHeld(const QStringList &shas, QString *error)
{
    if (shas.isEmpty())
        return true;
    const auto held = m_vault.heldAmong(m_db, m_caller, shas, error);
    if (!held)
        return false;
    for (const QString &sha : shas)
        m_held.insert(sha, held->contains(sha));
    return true;
}

const PersonOnServer *PushContext::person(const QString &idNumber, QString *error)
{
    if (!m_people.contains(idNumber) && !loadPeople({idNumber}, error))
        return nullptr;
    return &m_people[idNumber];
}

std::optional<PushContext::Stored> PushContext::stored(const QString &uuid, QString *error)
{
    if (!m_stored.contains(uuid) && !loadStored({uuid}, error))
        return std::nullopt;
    return m_stored.value(uuid);
}

bool PushContext::pending(const QString &uuid) const
{
    return m_pending.contains(uuid);
}

std::optional<bool> PushContext::held(const QString &sha, QString *error)
{
    if (!m_held.contains(sha) && !loadHeld({sha}, error))
        return std::nullopt;
    return m_held.value(sha);
}

void PushContext::taken(const QJsonObject &event, const QString &hash, const QString &device)
{
    const QString uuid = event.value(ProtocolField::uuid).toString();
    m_stored.insert(uuid, Stored{hash, 0});
    m_pending.insert(uuid);
    auto it = m_people.find(event.value(ProtocolField::idNumber).toString());
    if (it == m_people.end())
        return;
    const QString kind = event.value(ProtocolField::kind).toString();
    if (kind == ProtocolValue::lifecycle)
        it->steps.append(event);
    else if (kind == ProtocolValue::verification)
        // Numbered above everything stored when the push began; the real
        // number follows once it is written.
        it->checks.append({event, device, m_maxSeq + 1});
}

void PushContext::written(const QString &uuid, qint64 seq)
{
    m_pending.remove(uuid);
    auto it = m_stored.find(uuid);
    if (it != m_stored.end() && it->has_value())
        (*it)->seq = seq;
}

} // namespace certdesk
