// A pull page's answer (issue 19 point 2): written from the stored changes'
// JSON text instead of parsing each one and serialising the page again. The
// bytes must be those of the old way (QJsonDocument of the page as objects)
// for every kind of content a change can hold, on both stores. And the
// token's scope that every request reads, now one recursive query.
#include "changepage.h"
#include "sync/protocolfields.h"
#include "upstreamstorefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace certdesk;

class TestChangePage : public QObject
{
    Q_OBJECT
private slots:
    void pageIsWhatTheOldWayWrote_data() { UpstreamFixture::addBackendRows(); }
    void pageIsWhatTheOldWayWrote();
    void pagesOfALimitAreTheOldPages_data() { UpstreamFixture::addBackendRows(); }
    void pagesOfALimitAreTheOldPages();
    void emptyPage();
    void scopeHasItsAncestors_data() { UpstreamFixture::addBackendRows(); }
    void scopeHasItsAncestors();
};

namespace
{
// The old answer: every change parsed into an object, the page serialised.
QByteArray oldAnswer(const ChangePage &page)
{
    return QJsonDocument(QJsonObject{{ProtocolField::changes, page.changes()},
                                     {ProtocolField::next, page.next},
                                     {ProtocolField::more, page.more}})
        .toJson(QJsonDocument::Compact);
}

// Content that escaping or number formatting could write differently.
QList<QJsonObject> awkwardData()
{
    return {
        {{QStringLiteral("idNumber"), QStringLiteral("370202194501011234")},
         {QStringLiteral("name"), QStringLiteral("王 \"小\" 明\\")},
         {QStringLiteral("note"), QStringLiteral("line\nbreak\ttab\r\b\f\x01\x1f end")},
         {QStringLiteral("emoji"), QString::fromUtf8("😀 \u2028 \u00e9 /slash/")},
         {QStringLiteral("alive"), true},
         {QStringLiteral("dead"), QJsonValue::Null}},
        {{QStringLiteral("big"), qint64(9007199254740993)},
         {QStringLiteral("negative"), -42},
         {QStringLiteral("tenth"), 0.1},
         {QStringLiteral("huge"), 1e300},
         {QStringLiteral("whole"), 3.0},
         {QStringLiteral("tiny"), -2.5e-7}},
        {{QStringLiteral("nested"),
          QJsonObject{{QStringLiteral("z"), QJsonArray{1, QStringLiteral("二"), QJsonObject{}}},
                      {QStringLiteral("a"), QJsonArray{}}}},
         {QStringLiteral(""), QString()},
         {QStringLiteral("键"), QStringLiteral("值")}},
        {},
    };
}

using Store = OpenedUpstreamStore;

bool append(Store &s, const QString &type, const QString &key, const ScopeCodes &codes,
            const QJsonObject &data, QString *error)
{
    return appendCommitted(s, type, key, QString(), codes, data, error);
}

const ScopeCodes kCommunity{QStringLiteral("D1"), QStringLiteral("S1"), QStringLiteral("C1")};

TokenScope communityScope()
{
    TokenScope scope;
    scope.code = kCommunity.community;
    scope.level = 3;
    scope.ancestors = {kCommunity.street, kCommunity.district};
    return scope;
}
} // namespace

void TestChangePage::pageIsWhatTheOldWayWrote()
{
    QFETCH(QString, backend);
    Store s;
    UPSTREAM_PREPARE_OR_SKIP(s.fixture, backend);
    QString error;
    QVERIFY2(openStore(s, &error), qPrintable(error));
    // The community's people, its street and district by name (the ancestors'
    // rows come from a second scan and are merged by seq), another community.
    QVERIFY2(append(s, ProtocolValue::jurisdiction, kCommunity.district, {},
                    {{QStringLiteral("code"), kCommunity.district},
                     {QStringLiteral("name"), QStringLiteral("市南区 \"D\"")}},
                    &error),
             qPrintable(error));
    int n = 0;
    for (const QJsonObject &data : awkwardData())
        QVERIFY2(append(s, ProtocolValue::recipient, QStringLiteral("p%1").arg(++n), kCommunity,
                        data, &error),
                 qPrintable(error));
    QVERIFY2(append(s, ProtocolValue::jurisdiction, kCommunity.street, {},
                    {{QStringLiteral("code"), kCommunity.street}}, &error),
             qPrintable(error));
    QVERIFY2(append(s, ProtocolValue::recipient, QStringLiteral("x"),
                    {QStringLiteral("D1"), QStringLiteral("S1"), QStringLiteral("C2")},
                    {{QStringLiteral("other"), 1}}, &error),
             qPrintable(error));
    QVERIFY2(append(s, ProtocolValue::event, QStringLiteral("e1"), kCommunity,
                    {{QStringLiteral("event"), awkwardData().first()}}, &error),
             qPrintable(error));
    // Text none of the server's writers stores: read as before ({} for what is
    // not an object).
    QSqlQuery q(s.db);
    for (const QString &text : {QStringLiteral("[1,2]"), QStringLiteral("not json")})
        QVERIFY2(execQuery(q,
                           QStringLiteral("INSERT INTO change (type, key, community_code, data, "
                                          "created_at) VALUES ('recipient', 'odd', ?, ?, 'x')"),
                           {kCommunity.community, text}, &error),
                 qPrintable(error));

    const auto page = changesSince(s.db, communityScope(), 0, 0, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->size(), qsizetype(awkwardData().size() + 5));
    QCOMPARE(page->answer(), oldAnswer(*page));
    // Every change is there in seq order, its data what was appended.
    const QJsonArray changes =
        QJsonDocument::fromJson(page->answer()).object().value(ProtocolField::changes).toArray();
    QCOMPARE(changes.size(), page->size());
    QCOMPARE(changes.at(0).toObject().value(ProtocolField::type).toString(),
             QString(ProtocolValue::jurisdiction));
    QCOMPARE(changes.at(1).toObject().value(ProtocolField::data).toObject(), awkwardData().first());
    qint64 seq = 0;
    for (const QJsonValue &c : changes) {
        QVERIFY(c.toObject().value(ProtocolField::seq).toInteger() > seq);
        seq = c.toObject().value(ProtocolField::seq).toInteger();
    }
    QCOMPARE(page->next, seq);
    QCOMPARE(changes.last().toObject().value(ProtocolField::data).toObject(), QJsonObject());
    // From a cursor: only what came after it.
    const auto later = changesSince(s.db, communityScope(), seq - 1, 0, &error);
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(later->size(), qsizetype(1));
    QCOMPARE(later->answer(), oldAnswer(*later));
}

void TestChangePage::pagesOfALimitAreTheOldPages()
{
    QFETCH(QString, backend);
    Store s;
    UPSTREAM_PREPARE_OR_SKIP(s.fixture, backend);
    QString error;
    QVERIFY2(openStore(s, &error), qPrintable(error));
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(append(s, ProtocolValue::recipient, QString::number(i), kCommunity,
                        {{QStringLiteral("i"), i}}, &error),
                 qPrintable(error));
        if (i == 2)
            QVERIFY2(append(s, ProtocolValue::jurisdiction, kCommunity.district, {},
                            {{QStringLiteral("code"), kCommunity.district}}, &error),
                     qPrintable(error));
    }
    // Pages of 2 over 6 changes: 2, 2, 2 (more until the last), next the last seq.
    qint64 cursor = 0;
    QList<qsizetype> sizes;
    QList<bool> mores;
    for (int round = 0; round < 5; ++round) {
        const auto page = changesSince(s.db, communityScope(), cursor, 2, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->answer(), oldAnswer(*page));
        sizes << page->size();
        mores << page->more;
        if (page->size() > 0)
            QCOMPARE(page->next, page->rows.constLast().seq);
        else
            QCOMPARE(page->next, cursor);
        cursor = page->next;
        if (!page->more)
            break;
    }
    QCOMPARE(sizes, (QList<qsizetype>{2, 2, 2}));
    QCOMPARE(mores, (QList<bool>{true, true, false}));
}

void TestChangePage::emptyPage()
{
    ChangePage page;
    page.next = 17;
    QCOMPARE(page.answer(), QByteArray("{\"changes\":[],\"more\":false,\"next\":17}"));
    QCOMPARE(page.answer(), oldAnswer(page));
    QCOMPARE(jsonString(QStringLiteral("a\"b\\c\n\x01")), QByteArray("\"a\\\"b\\\\c\\n\\u0001\""));
}

// A token's scope (UpstreamStore::scopeOf, one recursive query): the node's
// level and name, its parents up to the district; a parent whose row is
// missing ends the chain, a cycle stops after five.
void TestChangePage::scopeHasItsAncestors()
{
    QFETCH(QString, backend);
    Store s;
    UPSTREAM_PREPARE_OR_SKIP(s.fixture, backend);
    QString error;
    QVERIFY2(openStore(s, &error), qPrintable(error));
    QSqlQuery q(s.db);
    const QList<QStringList> nodes{
        {QStringLiteral("D1"), QString(), QStringLiteral("1"), QStringLiteral("区")},
        {QStringLiteral("S1"), QStringLiteral("D1"), QStringLiteral("2"), QStringLiteral("街道")},
        {QStringLiteral("C1"), QStringLiteral("S1"), QStringLiteral("3"), QStringLiteral("社区")},
        {QStringLiteral("C9"), QStringLiteral("X"), QStringLiteral("3"), QStringLiteral("孤")},
        {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("2"), QStringLiteral("a")},
        {QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("2"), QStringLiteral("b")}};
    for (const QStringList &n : nodes)
        QVERIFY2(execQuery(q,
                           QStringLiteral("INSERT INTO jurisdiction (code, parent_code, level, "
                                          "name) VALUES (?, ?, ?, ?)"),
                           {n.at(0),
                            n.at(1).isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(n.at(1)),
                            n.at(2).toInt(), n.at(3)},
                           &error),
                 qPrintable(error));
    const auto community = UpstreamStore::scopeOf(s.db, QStringLiteral("C1"));
    QVERIFY(community);
    QCOMPARE(community->level, 3);
    QCOMPARE(community->name, QStringLiteral("社区"));
    QCOMPARE(community->ancestors, (QStringList{QStringLiteral("S1"), QStringLiteral("D1")}));
    const auto district = UpstreamStore::scopeOf(s.db, QStringLiteral("D1"));
    QVERIFY(district);
    QCOMPARE(district->level, 1);
    QCOMPARE(district->ancestors, QStringList());
    QCOMPARE(UpstreamStore::scopeOf(s.db, QStringLiteral("C9"))->ancestors,
             QStringList{QStringLiteral("X")});
    QCOMPARE(UpstreamStore::scopeOf(s.db, QStringLiteral("A"))->ancestors,
             (QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("B"),
                          QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(!UpstreamStore::scopeOf(s.db, QStringLiteral("nowhere")));
}

QTEST_GUILESS_MAIN(TestChangePage)
#include "tst_changepage.moc"
