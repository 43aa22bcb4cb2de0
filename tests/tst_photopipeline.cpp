// The archive volume's photo pipeline (issue 19.5): photos decoded ahead on worker
// threads must be exactly those decoded where they are painted, whatever boxes
// the painter asks for, with missing files reported as missing.
#include "archive/photopipeline.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

class TestPhotoPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 6; ++i) {
            QImage image(1600 + 80 * i, 1200, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(40 * i, 200, 220));
            QPainter p(&image);
            p.setPen(QPen(Qt::black, 9));
            p.drawLine(0, 0, image.width(), image.height());
            p.drawText(200, 200, QString::number(i));
            p.end();
            const QString path = m_dir.filePath(QStringLiteral("%1.jpg").arg(i));
            QVERIFY(image.save(path, "JPEG", 90));
            m_paths << path;
        }
    }

    void sameAsDecodedInPlace_data()
    {
        QTest::addColumn<int>("ahead");
        QTest::newRow("no look-ahead") << 0;
        QTest::newRow("one ahead") << 1;
        QTest::newRow("three ahead") << 3;
        QTest::newRow("more than the photos") << 20;
    }
    // The painter's box changes half-way (a record with more fields leaves less
    // room): photos decoded ahead for the old box are decoded again for the new.
    void sameAsDecodedInPlace()
    {
        QFETCH(int, ahead);
        const QString missing = m_dir.filePath(QStringLiteral("missing.jpg"));
        QList<PhotoPipeline::Photo> sequence;
        QList<QSize> boxes;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < m_paths.size(); ++i) {
                const int slot = i < 4 ? 0 : 1;
                sequence.append({i == 2 && round == 1 ? missing : m_paths.at(i), slot});
                const QSize box = slot == 0 ? (round == 0 ? QSize(400, 300) : QSize(256, 250))
                                            : QSize(300, 180 + 40 * round);
                boxes.append(box);
            }
        }
        PhotoPipeline pipeline(sequence, ahead);
        for (int i = 0; i < sequence.size(); ++i) {
            const DecodedPhoto got = pipeline.next(sequence.at(i).path, boxes.at(i));
            const DecodedPhoto want = PhotoPipeline::decode(sequence.at(i).path, boxes.at(i));
            QCOMPARE(got.missing, want.missing);
            QCOMPARE(got.missing, sequence.at(i).path == missing);
            QCOMPARE(got.size, want.size);
            QCOMPARE(got.image, want.image);
            if (!got.missing) {
                QVERIFY(got.size.width() <= boxes.at(i).width());
                QVERIFY(got.size.height() <= boxes.at(i).height());
                QCOMPARE(got.image.size(), got.size);
                QVERIFY(!got.image.hasAlphaChannel());
            }
        }
    }

    // A photo the painter takes out of the announced order is still the right one,
    // and the pipeline goes on with the rest.
    void outOfSequence()
    {
        QList<PhotoPipeline::Photo> sequence;
        for (const QString &path : std::as_const(m_paths))
            sequence.append({path, 0});
        PhotoPipeline pipeline(sequence, 3);
        const QSize box(320, 240);
        QCOMPARE(pipeline.next(m_paths.at(0), box).image,
                 PhotoPipeline::decode(m_paths.at(0), box).image);
        QCOMPARE(pipeline.next(m_paths.at(5), box).image,
                 PhotoPipeline::decode(m_paths.at(5), box).image);
        QCOMPARE(pipeline.next(m_paths.at(2), box).image,
                 PhotoPipeline::decode(m_paths.at(2), box).image);
        // Past the end of the sequence
        for (int i = 3; i < 8; ++i)
            QCOMPARE(pipeline.next(m_paths.at(i % 6), box).image,
                     PhotoPipeline::decode(m_paths.at(i % 6), box).image);
    }

    // Never larger than the file: a small photo in a big box stays as it is.
    void neverEnlarged()
    {
        const DecodedPhoto d = PhotoPipeline::decode(m_paths.at(0), QSize(4000, 4000));
        QCOMPARE(d.size, QSize(1600, 1200));
        QCOMPARE(d.image.size(), QSize(1600, 1200));
    }

    // Abandoned with decodes in flight (a cancelled volume): nothing is left running.
    void abandoned()
    {
        QList<PhotoPipeline::Photo> sequence;
        for (int i = 0; i < 30; ++i)
            sequence.append({m_paths.at(i % 6), 0});
        {
            PhotoPipeline pipeline(sequence, 5);
            QVERIFY(!pipeline.next(m_paths.at(0), QSize(800, 600)).missing);
        }
        QVERIFY(true);
    }

private:
    QTemporaryDir m_dir;
    QStringList m_paths;
};

QTEST_MAIN(TestPhotoPipeline)
#include "tst_photopipeline.moc"
