// The server's configuration file (/etc/certdesk/upstream.conf in the package):
// what it sets, that the command line wins, and that a typo is refused.
#include "serverconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

class TestServerConfig : public QObject
{
    Q_OBJECT
private slots:
    void fillsWhatTheCommandLineLeavesOut();
    void refusesUnknownKeysWithTheirLine();
    void refusesAMissingFile();
    void shippedConfigurationIsReadable();

private:
    QString write(const QByteArray &text);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestServerConfig::write(const QByteArray &text)
{
    const QString path = m_dir.filePath(QStringLiteral("upstream-%1.conf").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestServerConfig::fillsWhatTheCommandLineLeavesOut()
{
    const QString path =
        write("# comment\n\n  db = sqlite:/var/lib/x/up.sqlite  \nlisten=127.0.0.1:8470\n"
              "evidence = /var/lib/x/evidence\n#cert = /etc/c.pem\nkey =\n");
    QHash<QString, QString> options{{QStringLiteral("listen"), QStringLiteral("0.0.0.0:9000")}};
    QString error;
    QVERIFY2(ServerConfig::merge(path, &options, &error), qPrintable(error));
    QCOMPARE(options.value(QStringLiteral("db")), QStringLiteral("sqlite:/var/lib/x/up.sqlite"));
    QCOMPARE(options.value(QStringLiteral("listen")),
             QStringLiteral("0.0.0.0:9000")); // the command line wins
    QCOMPARE(options.value(QStringLiteral("evidence")), QStringLiteral("/var/lib/x/evidence"));
    QVERIFY(!options.contains(QStringLiteral("cert"))); // commented out
    QVERIFY(!options.contains(QStringLiteral("key")));  // empty: as if absent
}

void TestServerConfig::refusesUnknownKeysWithTheirLine()
{
    QHash<QString, QString> options;
    QString error;
    QVERIFY(
        !ServerConfig::merge(write("db = sqlite:/x.db\nevidance = /tmp/e\n"), &options, &error));
    QVERIFY2(error.contains(QStringLiteral(":2:")) && error.contains(QStringLiteral("evidance")),
             qPrintable(error));
    QVERIFY(!ServerConfig::merge(write("just words\n"), &options, &error));
    QVERIFY2(error.contains(QStringLiteral(":1:")), qPrintable(error));
}

void TestServerConfig::refusesAMissingFile()
{
    QHash<QString, QString> options;
    QString error;
    QVERIFY(!ServerConfig::merge(m_dir.filePath(QStringLiteral("absent.conf")), &options, &error));
    QVERIFY2(error.startsWith(QStringLiteral("--config: cannot read")), qPrintable(error));
}

void TestServerConfig::shippedConfigurationIsReadable()
{
    // The file the certdesk-upstream package installs as /etc/certdesk/upstream.conf.
    QHash<QString, QString> options;
    QString error;
    QVERIFY2(
        ServerConfig::merge(QStringLiteral(CERTDESK_SOURCE_DIR "/packaging/upstream/upstream.conf"),
                            &options, &error),
        qPrintable(error));
    QCOMPARE(options.value(QStringLiteral("db")),
             QStringLiteral("sqlite:/var/lib/certdesk-upstream/upstream.sqlite"));
    QCOMPARE(options.value(QStringLiteral("evidence")),
             QStringLiteral("/var/lib/certdesk-upstream/evidence"));
    QCOMPARE(options.value(QStringLiteral("listen")), QStringLiteral("127.0.0.1:8470"));
    QVERIFY(!options.contains(QStringLiteral("cert")));
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
