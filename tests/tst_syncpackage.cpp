// USB packages (models/sync/syncpackage.*): round trips of outbox and roster
// packages, and every refusal with its own reason: a wrong device or server key,
// an edited manifest, a changed, missing or unlisted entry, a truncated zip, a
// file that is not a zip. A refused read leaves nothing in its out folder.

#include "sync/syncpackage.h"
#include "zip/zipfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sodium.h>

using namespace certdesk;

namespace
{

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.generate());
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

struct Entry {
    QString name;
    QByteArray bytes;
};

QList<Entry> unzipAll(const QString &path)
{
    QList<Entry> entries;
    ZipReader zip(path);
    zip.forEach([&](const QString &name, qint64, const ZipReader::ReadFn &read) {
        Entry e{name, {}};
        read([&e](const QByteArray &chunk) { e.bytes += chunk; });
        entries.append(e);
    });
    return entries;
}

bool zipAll(const QString &path, const QList<Entry> &entries)
{
    QFile::remove(path);
    ZipWriter zip(path);
    for (const Entry &e : entries) {
        if (!zip.addBytes(e.name, e.bytes, ZipWriter::Stored))
            return false;
    }
    return zip.close();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestSyncPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_deviceKey;
    QByteArray m_serverPublic;
    QByteArray m_serverSecret;
    QByteArray m_pushBody;
    QMap<QString, QString> m_evidence;    // sha256 -> source file
    QMap<QString, QByteArray> m_contents; // sha256 -> bytes
    QString m_package;                    // a good outbox package, written once

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Reads `package` expecting a refusal; checks the reason and that the out
    // folder is left empty.
    void expectRefusal(const QString &package, const QString &reason,
                       const QByteArray &deviceKey = {}, const QByteArray &serverSecret = {})
    {
        const QString out = path(QStringLiteral("out-refused"));
        QDir(out).removeRecursively();
        QString error;
        const auto content = SyncPackage::readOutbox(
            package, deviceKey.isEmpty() ? m_deviceKey : deviceKey, m_serverPublic,
            serverSecret.isEmpty() ? m_serverSecret : serverSecret, out, &error);
        QVERIFY2(!content, qPrintable(package));
        QVERIFY2(error.contains(reason),
                 qPrintable(QStringLiteral("expected \"%1\", got \"%2\"").arg(reason, error)));
        QVERIFY2(filesIn(out).isEmpty(), qPrintable(filesIn(out).join(QLatin1Char(' '))));
    }

    // The good package re-zipped after `edit` changed its entries.
    QString tampered(const QString &name, const std::function<void(QList<Entry> &)> &edit)
    {
        QList<Entry> entries = unzipAll(m_package);
        if (entries.size() != 5)
            qWarning() << "unexpected entries" << entries.size();
        edit(entries);
        const QString target = path(name);
        if (!zipAll(target, entries))
            qWarning() << "cannot write" << target;
        return target;
    }

    // Rewrites the manifest's entry list from `entries` and signs it again with
    // the device key: what someone holding the key could do.
    void resign(QList<Entry> &entries) const
    {
        auto manifest = std::find_if(entries.begin(), entries.end(), [](const Entry &e) {
            return e.name == QLatin1String("manifest.json");
        });
        auto hmac = std::find_if(entries.begin(), entries.end(), [](const Entry &e) {
            return e.name == QLatin1String("manifest.hmac");
        });
        if (manifest == entries.end() || hmac == entries.end())
            return;
        QJsonObject object = QJsonDocument::fromJson(manifest->bytes).object();
        QJsonArray listed;
        for (const Entry &e : std::as_const(entries)) {
            if (!e.name.startsWith(QLatin1String("manifest.")))
                listed.append(QJsonObject{{QStringLiteral("name"), e.name},
                                          {QStringLiteral("sha256"), sha256Hex(e.bytes)},
                                          {QStringLiteral("bytes"), double(e.bytes.size())}});
        }
        object.insert(QStringLiteral("entries"), listed);
        manifest->bytes = QJsonDocument(object).toJson();
        unsigned char mac[crypto_auth_hmacsha256_BYTES];
        crypto_auth_hmacsha256(mac,
                               reinterpret_cast<const unsigned char *>(manifest->bytes.constData()),
                               static_cast<unsigned long long>(manifest->bytes.size()),
                               reinterpret_cast<const unsigned char *>(m_deviceKey.constData()));
        hmac->bytes = QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_deviceKey = SyncPackage::newDeviceKey();
        QCOMPARE(m_deviceKey.size(), 32);
        QVERIFY(SyncPackage::newServerKeyPair(&m_serverPublic, &m_serverSecret));
        QCOMPARE(m_serverPublic.size(), 32);
        QCOMPARE(m_serverSecret.size(), 32);
        QVERIFY(SyncPackage::newDeviceKey() != m_deviceKey);

        QJsonArray events;
        for (int i = 0; i < 3; ++i)
            events.append(
                QJsonObject{{QStringLiteral("uuid"),
                             QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i)},
                            {QStringLiteral("kind"), QStringLiteral("verification")},
                            {QStringLiteral("idNumber"), QStringLiteral("370202195001011234")},
                            {QStringLiteral("note"), QStringLiteral("本人在家，身体健康")}});
        m_pushBody = QJsonDocument(QJsonObject{{QStringLiteral("device"), QStringLiteral("dev-1")},
                                               {QStringLiteral("since"), 1041},
                                               {QStringLiteral("events"), events}})
                         .toJson(QJsonDocument::Compact);

        // A small photo and one of about 5 MB, not a multiple of the chunk size.
        const QList<QByteArray> files{randomBytes(1234, 1), randomBytes(5 * 1024 * 1024 + 4321, 2)};
        for (const QByteArray &bytes : files) {
            const QString hash = sha256Hex(bytes);
            const QString file = path(QStringLiteral("source-%1.jpg").arg(hash.left(8)));
            QVERIFY(writeAll(file, bytes));
            m_evidence.insert(hash, file);
            m_contents.insert(hash, bytes);
        }
        m_package = path(QStringLiteral("good.cdout"));
        QString error;
        QVERIFY2(SyncPackage::writeOutbox(m_package, QStringLiteral("dev-1"),
                                          QStringLiteral("wang"), 1041, m_pushBody, m_evidence,
                                          m_deviceKey, m_serverPublic, &error),
                 qPrintable(error));
        QVERIFY(!QFile::exists(m_package + QStringLiteral(".part")));
    }

    void overwritesOlderPackage()
    {
        // Writing again under the same name replaces the package.
        const QString package = path(QStringLiteral("again.cdout"));
        QVERIFY(writeAll(package, "an older file"));
        QString error;
        QVERIFY2(SyncPackage::writeOutbox(package, QStringLiteral("dev-1"), QStringLiteral("wang"),
                                          1041, m_pushBody, {}, m_deviceKey, m_serverPublic,
                                          &error),
                 qPrintable(error));
        const auto manifest = SyncPackage::peekManifest(package, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->value(QStringLiteral("entries")).toArray().size(), 1);
    }

    void eventsNotListed()
    {
        // A manifest without events.json.enc (and the entry dropped), re-signed.
        const QString package =
            tampered(QStringLiteral("no-events.cdout"), [this](QList<Entry> &entries) {
                entries.removeIf(
                    [](const Entry &e) { return e.name == QLatin1String("events.json.enc"); });
                resign(entries);
            });
        expectRefusal(package, QStringLiteral("The manifest does not list events.json.enc"));
    }

    void outboxRoundTrip()
    {
        const QString out = path(QStringLiteral("out-good"));
        QString error;
        const auto content = SyncPackage::readOutbox(m_package, m_deviceKey, m_serverPublic,
                                                     m_serverSecret, out, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(content->device, QStringLiteral("dev-1"));
        QCOMPARE(content->user, QStringLiteral("wang"));
        QCOMPARE(content->since, 1041);
        QVERIFY(content->createdAt.isValid());
        QVERIFY(qAbs(content->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(content->pushBody, m_pushBody);
        QCOMPARE(QJsonDocument::fromJson(content->pushBody)
                     .object()
                     .value(QStringLiteral("events"))
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(content->evidenceFiles.keys(), m_evidence.keys());
        for (auto it = content->evidenceFiles.cbegin(); it != content->evidenceFiles.cend(); ++it) {
            QCOMPARE(it.value(), QDir(out).filePath(it.key()));
            const QByteArray bytes = readAll(it.value());
            QCOMPARE(bytes.size(), m_contents.value(it.key()).size());
            QVERIFY(bytes == m_contents.value(it.key()));
            QCOMPARE(sha256Hex(bytes), it.key());
        }
        // Only the evidence files, no part files left behind.
        QCOMPARE(filesIn(out).size(), 2);

        // Reading again (the server importing the same package twice) works the same.
        const auto again = SyncPackage::readOutbox(m_package, m_deviceKey, m_serverPublic,
                                                   m_serverSecret, out, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(filesIn(out).size(), 2);
    }

    void outboxManifest()
    {
        QString error;
        const auto manifest = SyncPackage::peekManifest(m_package, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->value(QStringLiteral("format")).toString(),
                 QStringLiteral("certdesk-outbox"));
        QCOMPARE(manifest->value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(manifest->value(QStringLiteral("device")).toString(), QStringLiteral("dev-1"));
        QCOMPARE(manifest->value(QStringLiteral("user")).toString(), QStringLiteral("wang"));
        QCOMPARE(manifest->value(QStringLiteral("since")).toInteger(), 1041);
        QCOMPARE(manifest->value(QStringLiteral("events")).toInt(), 3);
        QCOMPARE(QByteArray::fromBase64(
                     manifest->value(QStringLiteral("sealedKey")).toString().toLatin1())
                     .size(),
                 48 + 32);
        // Every entry listed with the hash and size of its stored (encrypted) bytes.
        const QList<Entry> stored = unzipAll(m_package);
        QCOMPARE(stored.size(), 5);
        const QJsonArray entries = manifest->value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            const auto it = std::find_if(stored.cbegin(), stored.cend(), [&](const Entry &e) {
                return e.name == o.value(QStringLiteral("name")).toString();
            });
            QVERIFY(it != stored.cend());
            QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Hex(it->bytes));
            QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), it->bytes.size());
        }
        // Encrypted: neither the events nor the photos are readable in the zip.
        for (const Entry &e : stored) {
            QVERIFY(!e.bytes.contains("370202195001011234"));
            if (e.name.startsWith(QLatin1String("evidence/")))
                QVERIFY(!m_contents.values().contains(e.bytes.mid(24, e.bytes.size())));
        }
        const Entry hmac = *std::find_if(stored.cbegin(), stored.cend(), [](const Entry &e) {
            return e.name == QLatin1String("manifest.hmac");
        });
        QCOMPARE(hmac.bytes.size(), 64);
    }

    void rosterRoundTrip()
    {
        QJsonArray changes;
        changes.append(
            QJsonObject{{QStringLiteral("seq"), 1042},
                        {QStringLiteral("type"), QStringLiteral("jurisdiction")},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("370202")},
                                     {QStringLiteral("name"), QStringLiteral("市南区")}}}});
        changes.append(QJsonObject{
            {QStringLiteral("seq"), 1043},
            {QStringLiteral("type"), QStringLiteral("recipient")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("370202195001011234")}}}});
        const QString roster = path(QStringLiteral("good.cdroster"));
        QString error;
        QVERIFY2(SyncPackage::writeRoster(roster, QStringLiteral("dev-1"), QStringLiteral("370202"),
                                          1041, 1043, changes, m_deviceKey, &error),
                 qPrintable(error));
        const auto content = SyncPackage::readRoster(roster, m_deviceKey, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(content->device, QStringLiteral("dev-1"));
        QCOMPARE(content->scope, QStringLiteral("370202"));
        QCOMPARE(content->since, 1041);
        QCOMPARE(content->next, 1043);
        QCOMPARE(content->changes, changes);
        const auto manifest = SyncPackage::peekManifest(roster, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->value(QStringLiteral("format")).toString(),
                 QStringLiteral("certdesk-roster"));

        // A roster is signed with the device key too.
        QVERIFY(!SyncPackage::readRoster(roster, SyncPackage::newDeviceKey(), &error));
        QVERIFY2(error.contains(QLatin1String("manifest was changed")), qPrintable(error));

        // changes.json edited after signing.
        QList<Entry> entries = unzipAll(roster);
        for (Entry &e : entries) {
            if (e.name == QLatin1String("changes.json"))
                e.bytes.replace("1043", "1044");
        }
        const QString edited = path(QStringLiteral("edited.cdroster"));
        QVERIFY(zipAll(edited, entries));
        QVERIFY(!SyncPackage::readRoster(edited, m_deviceKey, &error));
        QVERIFY2(error.contains(QLatin1String("changes.json")) &&
                     error.contains(QLatin1String("SHA-256")),
                 qPrintable(error));

        // An outbox package is not a roster, nor the other way round.
        QVERIFY(!SyncPackage::readRoster(m_package, m_deviceKey, &error));
        QVERIFY2(error.contains(QLatin1String("not a roster package")), qPrintable(error));
        expectRefusal(roster, QStringLiteral("not an outbox package"));
    }

    void chunkBoundaries()
    {
        // An empty file (one empty final chunk), files of exactly one and two
        // 64 KiB chunks and one byte more: the final chunk is found in each.
        QMap<QString, QString> evidence;
        QMap<QString, QByteArray> contents;
        const QList<qsizetype> sizes{0, 1, 64 * 1024, 128 * 1024, 128 * 1024 + 1};
        for (qsizetype size : sizes) {
            const QByteArray bytes = randomBytes(size, quint32(size) + 7);
            const QString hash = sha256Hex(bytes);
            const QString file = path(QStringLiteral("edge-%1.bin").arg(size));
            QVERIFY(writeAll(file, bytes));
            evidence.insert(hash, file);
            contents.insert(hash, bytes);
        }
        const QString package = path(QStringLiteral("edges.cdout"));
        const QByteArray emptyBody = R"({"device":"dev-1","since":0,"events":[]})";
        QString error;
        QVERIFY2(SyncPackage::writeOutbox(package, QStringLiteral("dev-1"), QStringLiteral("wang"),
                                          0, emptyBody, evidence, m_deviceKey, m_serverPublic,
                                          &error),
                 qPrintable(error));
        const QString out = path(QStringLiteral("out-edges"));
        const auto content = SyncPackage::readOutbox(package, m_deviceKey, m_serverPublic,
                                                     m_serverSecret, out, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(content->pushBody, emptyBody);
        QCOMPARE(content->evidenceFiles.size(), sizes.size());
        for (auto it = contents.cbegin(); it != contents.cend(); ++it)
            QVERIFY(readAll(content->evidenceFiles.value(it.key())) == it.value());
    }

    void duplicateEntry()
    {
        const QString package =
            tampered(QStringLiteral("duplicate.cdout"), [](QList<Entry> &entries) {
                for (const Entry &e : std::as_const(entries)) {
                    if (e.name == QLatin1String("events.json.enc")) {
                        entries.append(e);
                        break;
                    }
                }
            });
        expectRefusal(package, QStringLiteral("The entry events.json.enc appears more than once"));
    }

    void unknownVersion()
    {
        const QString package =
            tampered(QStringLiteral("version2.cdout"), [this](QList<Entry> &entries) {
                for (Entry &e : entries) {
                    if (e.name == QLatin1String("manifest.json")) {
                        QJsonObject o = QJsonDocument::fromJson(e.bytes).object();
                        o.insert(QStringLiteral("version"), 2);
                        e.bytes = QJsonDocument(o).toJson();
                    }
                }
                resign(entries);
            });
        expectRefusal(package, QStringLiteral("version 2 is not known"));
    }

    void wrongDeviceKey()
    {
        expectRefusal(m_package,
                      QStringLiteral("not made by this device or its manifest was changed"),
                      SyncPackage::newDeviceKey());
    }

    void wrongServerKey()
    {
        QByteArray otherPublic;
        QByteArray otherSecret;
        QVERIFY(SyncPackage::newServerKeyPair(&otherPublic, &otherSecret));
        const QString out = path(QStringLiteral("out-other-server"));
        QString error;
        QVERIFY(!SyncPackage::readOutbox(m_package, m_deviceKey, otherPublic, otherSecret, out,
                                         &error));
        QVERIFY2(error.contains(QLatin1String("not made for this server")), qPrintable(error));
        QVERIFY(filesIn(out).isEmpty());
        // A public key that does not belong to the secret key is the server's
        // own set-up error, and said so.
        expectRefusal(m_package, QStringLiteral("the public key must belong to the secret key"), {},
                      otherSecret);
    }

    void editedManifest()
    {
        // One byte changed (the user's name), the JSON still valid, the HMAC left as it was.
        const QString package =
            tampered(QStringLiteral("edited-manifest.cdout"), [](QList<Entry> &entries) {
                for (Entry &e : entries) {
                    if (e.name == QLatin1String("manifest.json")) {
                        const qsizetype at = e.bytes.indexOf("\"wang\"");
                        QVERIFY(at > 0);
                        e.bytes[at + 1] = 'x';
                    }
                }
            });
        expectRefusal(package,
                      QStringLiteral("not made by this device or its manifest was changed"));
    }

    void changedEntry()
    {
        const QString name = QStringLiteral("evidence/%1.enc").arg(m_evidence.lastKey());
        const QString package =
            tampered(QStringLiteral("changed-entry.cdout"), [&name](QList<Entry> &entries) {
                for (Entry &e : entries) {
                    if (e.name == name)
                        e.bytes[e.bytes.size() / 2] = char(e.bytes.at(e.bytes.size() / 2) ^ 0x01);
                }
            });
        expectRefusal(package, QStringLiteral("The entry %1 was changed").arg(name));
    }

    void unlistedEntry()
    {
        const QString package =
            tampered(QStringLiteral("unlisted-entry.cdout"), [](QList<Entry> &entries) {
                entries.append(
                    {QStringLiteral("evidence/extra.jpg"), QByteArray("not in the manifest")});
            });
        expectRefusal(package,
                      QStringLiteral("The entry evidence/extra.jpg is not listed in the manifest"));
    }

    void missingEntry()
    {
        const QString name = QStringLiteral("evidence/%1.enc").arg(m_evidence.firstKey());
        const QString package =
            tampered(QStringLiteral("missing-entry.cdout"), [&name](QList<Entry> &entries) {
                entries.removeIf([&name](const Entry &e) { return e.name == name; });
            });
        expectRefusal(
            package,
            QStringLiteral("The entry %1 is listed in the manifest but missing").arg(name));
    }

    void swappedEntries()
    {
        // Two encrypted entries exchanged under each other's names, and the
        // manifest's hashes left: caught by the hash check.
        const QString a = QStringLiteral("evidence/%1.enc").arg(m_evidence.firstKey());
        const QString package =
            tampered(QStringLiteral("swapped.cdout"), [&a](QList<Entry> &entries) {
                for (Entry &e : entries) {
                    if (e.name == a)
                        e.name = QStringLiteral("events.json.enc");
                    else if (e.name == QLatin1String("events.json.enc"))
                        e.name = a;
                }
            });
        expectRefusal(package, QStringLiteral("was changed: its SHA-256 differs"));
    }

    void truncatedZip()
    {
        const QByteArray bytes = readAll(m_package);
        const QString package = path(QStringLiteral("truncated.cdout"));
        QVERIFY(writeAll(package, bytes.left(bytes.size() / 2)));
        expectRefusal(package, QStringLiteral("truncated or damaged"));
        QString error;
        QVERIFY(!SyncPackage::peekManifest(package, &error));
    }

    void notAZip()
    {
        const QString package = path(QStringLiteral("notes.cdout"));
        QVERIFY(writeAll(package, "This is a text file, renamed.\n"));
        expectRefusal(package, QStringLiteral("not a zip file"));
        QString error;
        QVERIFY(!SyncPackage::readRoster(package, m_deviceKey, &error));
        QVERIFY2(error.contains(QLatin1String("not a zip file")), qPrintable(error));
        expectRefusal(path(QStringLiteral("absent.cdout")), QStringLiteral("does not exist"));
    }

    void missingManifest()
    {
        const QString package =
            tampered(QStringLiteral("no-manifest.cdout"), [](QList<Entry> &entries) {
                entries.removeIf(
                    [](const Entry &e) { return e.name == QLatin1String("manifest.json"); });
            });
        expectRefusal(package, QStringLiteral("no manifest.json"));
        const QString garbled =
            tampered(QStringLiteral("garbled-manifest.cdout"), [](QList<Entry> &entries) {
                for (Entry &e : entries) {
                    if (e.name == QLatin1String("manifest.json"))
                        e.bytes.chop(3);
                }
            });
        expectRefusal(garbled, QStringLiteral("not a JSON object"));
        const QString unsigned_ =
            tampered(QStringLiteral("unsigned.cdout"), [](QList<Entry> &entries) {
                entries.removeIf(
                    [](const Entry &e) { return e.name == QLatin1String("manifest.hmac"); });
            });
        expectRefusal(unsigned_, QStringLiteral("manifest.hmac is missing"));
    }

    void entryDoesNotDecrypt()
    {
        // Someone holding the device key re-signs a package whose last photo
        // was changed: hashes and HMAC verify, the ciphertext does not. The
        // first photo is decrypted into the out folder before the second one
        // fails, and must be gone again (expectRefusal checks the folder).
        const QString name = QStringLiteral("evidence/%1.enc").arg(m_evidence.lastKey());
        const QString package =
            tampered(QStringLiteral("bad-cipher.cdout"), [&](QList<Entry> &entries) {
                for (Entry &e : entries) {
                    if (e.name == name)
                        e.bytes[e.bytes.size() - 100] =
                            char(e.bytes.at(e.bytes.size() - 100) ^ 0x40);
                }
                resign(entries);
            });
        expectRefusal(package, QStringLiteral("The entry %1 does not decrypt").arg(name));

        // Cut short by whole chunks (no final chunk): still refused.
        const QString cut =
            tampered(QStringLiteral("cut-cipher.cdout"), [&](QList<Entry> &entries) {
                for (Entry &e : entries) {
                    if (e.name == name)
                        e.bytes.truncate(24 + 3 * (64 * 1024 + 17));
                }
                resign(entries);
            });
        expectRefusal(cut, QStringLiteral("The entry %1 does not decrypt").arg(name));

        // Two photos exchanged under each other's names and re-signed: each
        // chunk is bound to its entry's name, so neither decrypts.
        const QString a = QStringLiteral("evidence/%1.enc").arg(m_evidence.firstKey());
        const QString swapped =
            tampered(QStringLiteral("swapped-signed.cdout"), [&](QList<Entry> &entries) {
                for (Entry &e : entries) {
                    if (e.name == a)
                        e.name = name;
                    else if (e.name == name)
                        e.name = a;
                }
                resign(entries);
            });
        expectRefusal(swapped, QStringLiteral("does not decrypt"));
    }

    void writerRefusesChangedEvidence()
    {
        const QString package = path(QStringLiteral("changed-source.cdout"));
        QMap<QString, QString> evidence = m_evidence;
        evidence.insert(QString(64, QLatin1Char('a')), m_evidence.first());
        QString error;
        QVERIFY(!SyncPackage::writeOutbox(package, QStringLiteral("dev-1"), QStringLiteral("wang"),
                                          1041, m_pushBody, evidence, m_deviceKey, m_serverPublic,
                                          &error));
        QVERIFY2(error.contains(QLatin1String("was changed")), qPrintable(error));
        // Neither a half package nor its temporary file is left.
        QVERIFY(!QFile::exists(package));
        QVERIFY(!QFile::exists(package + QStringLiteral(".part")));

        evidence = m_evidence;
        evidence.insert(QStringLiteral("../../etc/passwd"), m_evidence.first());
        QVERIFY(!SyncPackage::writeOutbox(package, QStringLiteral("dev-1"), QStringLiteral("wang"),
                                          1041, m_pushBody, evidence, m_deviceKey, m_serverPublic,
                                          &error));
        QVERIFY2(error.contains(QLatin1String("is not a SHA-256 hash")), qPrintable(error));
        QVERIFY(!SyncPackage::writeOutbox(package, QStringLiteral("dev-1"), QStringLiteral("wang"),
                                          1041, m_pushBody, m_evidence, m_deviceKey.left(16),
                                          m_serverPublic, &error));
        QVERIFY2(error.contains(QLatin1String("device key")), qPrintable(error));
        QVERIFY(!SyncPackage::writeOutbox(package, QStringLiteral("dev-2"), QStringLiteral("wang"),
                                          1041, m_pushBody, m_evidence, m_deviceKey, m_serverPublic,
                                          &error));
        QVERIFY2(error.contains(QLatin1String("from device dev-1, not dev-2")), qPrintable(error));
        QVERIFY(!QFile::exists(package));
    }
};

QTEST_GUILESS_MAIN(TestSyncPackage)
#include "tst_syncpackage.moc"
