#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

class Database;
class EvidenceStore;
class Session;

// The month's archive for a node: the bound volume as PDF/A-1b, and beside it the
// electronic bundle (电子档案), one zip holding the PDF, the original evidence
// files, the recorded checks as JSON and manifest.json listing every other file
// with its SHA-256, so a later audit can prove that nothing changed.
//
// Both files are written under temporary names and renamed when complete.
struct BundleRequest {
    QString nodeCode;
    QDate month; // any day of the month
    QString outputFolder;
    QString preparedBy; // the signed-in user
    QDateTime now = QDateTime::currentDateTimeUtc();
    // The signed-in user: needs the export right and the node within theirs.
    // Null acts as the local administrator (certdesk-cli without --user).
    const Session *session = nullptr;
};

struct BundleResult {
    QString bundleId; // CD-<node>-<yyyyMM>-<8 hex of the content>
    QString pdfPath;
    QString zipPath;
    int pages = 0;
    int events = 0;
    int evidenceFiles = 0;
    QStringList missingEvidence; // SHA-256 of files not found on this computer
};

class ArchiveBundle
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveBundle)
public:
    // Returning false from progress cancels; nothing is left under the final names.
    using Progress = std::function<bool(int done, int total)>;

    ArchiveBundle(const Database &db, const EvidenceStore &store) : m_db(db), m_store(store) {}
    bool create(const BundleRequest &request, BundleResult *result, QString *error,
                const Progress &progress = Progress()) const;

private:
    const Database &m_db;
    const EvidenceStore &m_store;
};

// One problem found by verify(): the file inside the bundle and what is wrong.
struct BundleProblem {
    QString path;
    QString reason;
};

// Re-checks an electronic bundle against its manifest.
class BundleVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BundleVerifier)
public:
    // Empty list: every listed file is present, unchanged, and nothing unlisted was
    // added. A file that cannot be read as a bundle at all gives one problem with
    // an empty path.
    static QList<BundleProblem> verify(const QString &zipPath, QString *bundleId = nullptr,
                                       int *files = nullptr);
};
