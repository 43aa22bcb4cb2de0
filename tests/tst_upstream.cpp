// The reference upstream server (server/, certdesk-upstream) against
// docs/sync-protocol.md, on SQLite and on PostgreSQL: every test runs once per
// backend (rows "sqlite" and "postgresql").
#include "upstreamfixture.h"

#include <QCryptographicHash>
#include <QUuid>
#include <QtTest>

class TestUpstream : public QObject
{
    Q_OBJECT

private slots:
    void health_data() { UpstreamFixture::addBackendRows(); }
    void health();
};

void TestUpstream::health()
{
    QFETCH(QString, backend);
    UpstreamFixture up;
    UPSTREAM_PREPARE_OR_SKIP(up, backend);
    QVERIFY2(up.start(), qPrintable(up.lastError()));
    const auto r = JsonHttp::get(up.url(QStringLiteral("/v1/health")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(r.json.value(QStringLiteral("protocol")).toInt(), 1);
}

QTEST_MAIN(TestUpstream)
#include "tst_upstream.moc"
