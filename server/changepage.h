#pragma once

// A page of a pull (GET /v1/changes, and the roster of a USB package): the
// stored changes of a scope in seq order. The answer is written straight from
// the stored JSON text of each change (issue 19 point 2): parsing every
// change into a QJsonObject and serialising the page again was most of a
// pull's server CPU.
#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace certdesk
{

struct ChangePage {
    struct Row {
        qint64 seq = 0;
        QString type;
        // The stored `change.data`: compact JSON of an object, written only by
        // the server's own writers (QJsonDocument::Compact of a QJsonObject,
        // see UpstreamStore::appendChange, eventwriter.cpp, rosterloader.cpp).
        QByteArray data;
    };
    QList<Row> rows;
    qint64 next = 0;
    bool more = false;

    qsizetype size() const { return rows.size(); }
    // The changes as objects {seq, type, data} (the USB package's roster).
    QJsonArray changes() const;
    // The answer {"changes":[…],"more":…,"next":…}: the same bytes as
    // QJsonDocument(QJsonObject{…}).toJson(Compact) of changes() would give
    // (keys in Qt's sorted order), with each change's data spliced in as
    // stored. Clients rely on no key order; bench_city reads the tail.
    QByteArray answer() const;
};

// A JSON string literal, escaped as QJsonDocument writes it (quotes included).
QByteArray jsonString(const QString &s);

} // namespace certdesk
