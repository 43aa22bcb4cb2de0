#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace certdesk
{

class Database;
class EvidenceStore;
class PolicyProfile;
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

    // As `session` (the command line's is Session::commandLine(), on purpose): the
    // gate (AccessGate) must allow it to export the node. The front ends write the
    // export's audit entry through the gate when the user asks for the archive.
    ArchiveBundle(const Database &db, const EvidenceStore &store, const PolicyProfile &profile,
                  const Session &session)
        : m_db(db), m_store(store), m_profile(profile), m_session(session)
    {
    }
    bool create(const BundleRequest &request, BundleResult *result, QString *error,
                const Progress &progress = Progress()) const;
    // What to warn about before making the volume of `month` (QD 29, UR 九(二): a
    // month is bound when it is over): the month has not ended by `today`, so the
    // volume holds only the checks recorded so far, or no check was recorded in it,
    // so the volume is empty. Empty when neither; std::nullopt with *error when the
    // node cannot be read or may not be exported. The window asks; the CLI tells.
    std::optional<QString> caution(const QString &nodeCode, const QDate &month, const QDate &today,
                                   QString *error = nullptr) const;

private:
    const Database &m_db;
    const EvidenceStore &m_store;
    const PolicyProfile &m_profile;
    const Session &m_session;
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
    // Bounds (docs/robustness.md): entries in the bundle, the manifest's size,
    // and how much better than real data an entry may compress (zip bombs).
    static constexpr int MaxEntries = 200000;
    static constexpr qint64 MaxManifestBytes = 16 << 20;
    static constexpr int MaxRatio = 200;
    static QList<BundleProblem> verify(const QString &zipPath, QString *bundleId = nullptr,
                                       int *files = nullptr);
};

} // namespace certdesk
