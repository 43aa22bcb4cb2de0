// The monthly archive at scale for docs/performance.md: a month of N recorded
// checks with two photos each, then `certdesk-cli archive` timed as a child
// process, with its peak memory and CPU time (wait4 of the child).
//   QT_QPA_PLATFORM=offscreen build/bench/bench_archive [--checks 1000] [--dir /tmp/bench-archive]
//       [--before OLD/certdesk-cli] [--runs 3]
// --before runs an older certdesk-cli before --cli in every round, so that both
// meet the same load; --runs gives the rounds, and the medians are printed.
// --checks 100 makes a small month to iterate on (about a minute of set-up instead
// of twenty); the figure of docs/performance.md is the 1,000-check month. The
// child's CPU time (user + sys) is printed too: steadier than the wall clock on a
// shared machine.
#include "benchconditions.h"
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "verification/verificationservice.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 12, 2);

void figure(const char *name, double value, const char *unit)
{
    std::printf("%-44s %10.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// A phone-camera-like photo: 3000 x 2250 with noise, so JPEG sizes are realistic
// (about 1-2 MB) and decoding costs what a real one does. The noisy base is drawn
// once; each photo differs by its label, so every file has its own hash.
QByteArray photo(int n)
{
    static const QImage base = [] {
        QImage image(3000, 2250, QImage::Format_RGB32);
        QRandomGenerator rng{7u};
        image.fill(QColor(180, 200, 220));
        QPainter p(&image);
        for (int i = 0; i < 600; ++i) {
            p.setPen(QPen(QColor::fromRgb(rng.generate()), 3));
            p.drawLine(int(rng.bounded(3000)), int(rng.bounded(2250)), int(rng.bounded(3000)),
                       int(rng.bounded(2250)));
        }
        return image;
    }();
    QImage image = base;
    QPainter p(&image);
    QFont font = p.font();
    font.setPixelSize(120);
    p.setFont(font);
    p.drawText(100, 300, QStringLiteral("photo %1").arg(n));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

struct Run {
    double wall = 0;
    double cpu = 0; // user + sys
    double peakMb = 0;
};

struct Binary {
    const char *name;
    QString path;
    QList<Run> runs;
};

// `certdesk-cli archive` of the bench's month as a child process: its wall time,
// and from wait4() its own CPU time and peak memory (max RSS).
std::optional<Run> archive(const QString &cli, const QString &dbPath, const QString &out)
{
    const QByteArrayList args{QFile::encodeName(cli),
                              "archive",
                              "--db",
                              QFile::encodeName(dbPath),
                              "--month",
                              "2026-11",
                              "--node",
                              "370299001",
                              "--out",
                              QFile::encodeName(out)};
    std::vector<char *> argv;
    for (const QByteArray &a : args)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", argv[0]);
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s archive failed (status %d)\n", argv[0], status);
        return std::nullopt;
    }
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return Run{timer.elapsed() / 1000.0, seconds(usage.ru_utime) + seconds(usage.ru_stime),
               usage.ru_maxrss / 1024.0};
}

// Each figure's median on its own.
Run median(const QList<Run> &runs)
{
    auto middle = [&](double Run::*field) {
        QList<double> v;
        for (const Run &r : runs)
            v.append(r.*field);
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v.at(v.size() / 2)
                            : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
    };
    return Run{middle(&Run::wall), middle(&Run::cpu), middle(&Run::peakMb)};
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("checks"), QStringLiteral("events")},
                      QStringLiteral("recorded checks in the month"),
                      QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work folder"), QStringLiteral("DIR"),
                      QStringLiteral("/tmp/bench-archive")});
    parser.addOption(
        {QStringLiteral("cli"), QStringLiteral("certdesk-cli"), QStringLiteral("FILE"),
         QCoreApplication::applicationDirPath() + QStringLiteral("/../app/certdesk-cli")});
    parser.addOption({QStringLiteral("before"),
                      QStringLiteral("an older certdesk-cli, run before --cli in every round"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("rounds (medians printed)"),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("keep the bundle (otherwise removed once measured, as it "
                                     "takes as much disk as the evidence)")});
    parser.process(app);
    bool numeric = false;
    const int events = parser.value(QStringLiteral("checks")).toInt(&numeric);
    if (!numeric || events < 1) {
        std::fprintf(stderr, "--checks: '%s' is not a positive number\n",
                     qPrintable(parser.value(QStringLiteral("checks"))));
        return 2;
    }
    const QDir dir(parser.value(QStringLiteral("dir")));
    QDir().mkpath(dir.path());
    const QString dbPath = dir.filePath(QStringLiteral("archive.sqlite"));
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);

    if (!QFileInfo::exists(dbPath)) {
        auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing, &error);
        DemoOptions o;
        o.persons = events * 4; // the first of 3 streets holds about a third
        o.seed = 11;
        o.today = kToday;
        if (!db || !DemoGenerator::generate(*db, *profile, o, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        EvidenceStore store(EvidenceStore::folderFor(dbPath));
        VerificationService service(*db, *profile, store, Session::commandLine());
        service.setToday(kToday);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral(
                   "SELECT id FROM recipient WHERE street_code = '370299001' ORDER BY id LIMIT %1")
                   .arg(events));
        QElapsedTimer setup;
        setup.start();
        int n = 0;
        while (q.next()) {
            VerificationEvent e;
            e.recipientId = q.value(0).toLongLong();
            e.checkDate = QDate(2026, 11, 1 + n % 30);
            e.occurredAt = QDateTime(e.checkDate, QTime(9 + n % 8, 0));
            e.worker = QStringLiteral("张三");
            for (int k = 0; k < 2; ++k) {
                const auto item = store.intakeBytes(
                    photo(2 * n + k), QStringLiteral("IMG_%1.jpg").arg(2 * n + k), &error);
                if (!item) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                e.evidence.append({*item, k == 0 ? EvidenceKind::Person : EvidenceKind::IdCard});
            }
            if (!service.record(e, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            ++n;
        }
        figure("setup: checks with 2 photos recorded", n, "checks");
        figure("setup: time", setup.elapsed() / 1000.0, "s");
        // The child's peak memory counts from its fork, when it is a copy of this
        // process: after the set-up (photos drawn and encoded here) that was the
        // bench's own 98 MB, not certdesk-cli's. The archive is timed by a run
        // that finds the set-up done.
        std::printf("set-up done: run bench_archive again with the same --dir for the "
                    "archive figures\n");
        return 0;
    }

    // The archive of the month by each binary in turn (--before OLD: the old one
    // first in every round), each a child of its own whose peak memory and CPU
    // time come from wait4().
    QList<Binary> binaries;
    if (parser.isSet(QStringLiteral("before")))
        binaries.append({"before", parser.value(QStringLiteral("before")), {}});
    binaries.append({"after", parser.value(QStringLiteral("cli")), {}});
    const int rounds = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    std::printf("load average before: %s\n", qPrintable(bench::loadAverage()));
    for (int round = 0; round < rounds; ++round) {
        for (Binary &b : binaries) {
            QDir(dir.filePath(QStringLiteral("out"))).removeRecursively();
            const auto run = archive(b.path, dbPath, dir.filePath(QStringLiteral("out")));
            if (!run)
                return 1;
            b.runs.append(*run);
            std::printf("%-8s wall %6.1f s   CPU %6.1f s   peak %6.1f MB   (load %s)\n", b.name,
                        run->wall, run->cpu, run->peakMb, qPrintable(bench::loadAverage()));
            std::fflush(stdout);
        }
    }
    if (!parser.isSet(QStringLiteral("keep")))
        QDir(dir.filePath(QStringLiteral("out"))).removeRecursively();
    double archiveSeconds = 0;
    for (const Binary &b : std::as_const(binaries)) {
        const Run m = median(b.runs);
        std::printf("%s (median of %d):\n", b.name, int(b.runs.size()));
        figure("archive: volume + bundle of the month", m.wall, "s");
        figure("archive: peak memory (max RSS of certdesk-cli)", m.peakMb, "MB");
        figure("archive: CPU of certdesk-cli (user + sys)", m.cpu, "s");
        archiveSeconds = m.wall; // the last: --cli's
    }

    // Reference in the same run: the evidence files copied into one file, as the
    // bundle must copy them (the floor set by the disk and the kernel's copies).
    QElapsedTimer copy;
    copy.start();
    const QString copyPath = dir.filePath(QStringLiteral("reference-copy.bin"));
    {
        QFile out(copyPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(copyPath));
            return 1;
        }
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        QDirIterator files(EvidenceStore::folderFor(dbPath), {QStringLiteral("*.orig.*")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile in(files.next());
            if (!in.open(QIODevice::ReadOnly))
                continue;
            for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;)
                out.write(buffer.constData(), n);
        }
        out.flush(); // written to the OS as the bundle is; neither waits for the disk
    }
    const double copySeconds = copy.elapsed() / 1000.0;
    QFile::remove(copyPath);
    figure("reference: the originals copied into one file", copySeconds, "s");
    figure("archive / reference", archiveSeconds / copySeconds, "x");
    return 0;
}
