#include "clicommon.h"

#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "store/database.h"
#include "store/recipientrepository.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>

namespace cli {

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

void printError(const QString &message)
{
    const QByteArray text = message.toUtf8();
    std::fprintf(stderr, "certdesk-cli: %s\n", text.constData());
}

bool parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        std::exit(0);
    }
    return true;
}

bool parseDate(const QString &value, const QString &option, QDate *out)
{
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10) {
        printError(QStringLiteral("--%1: '%2' is not a date in the form YYYY-MM-DD").arg(option, value));
        return false;
    }
    *out = d;
    return true;
}

bool todayOption(const QCommandLineParser &parser, QDate *out)
{
    if (!parser.isSet(QStringLiteral("today"))) {
        *out = QDate::currentDate();
        return true;
    }
    return parseDate(parser.value(QStringLiteral("today")), QStringLiteral("today"), out);
}

QString isoOrNull(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// --person takes an ID number; the row id is what the service needs.
bool findPerson(const Database &db, const PolicyProfile &profile, const QString &text, qint64 *id)
{
    const IdNumber number = IdNumber::parse(text);
    if (!number.isValid()) {
        printError(QStringLiteral("--person: %1 is not a valid ID number: %2").arg(text, number.reason()));
        return false;
    }
    const auto found = RecipientRepository(db, profile).idForNumber(number.canonical());
    if (!found) {
        printError(QStringLiteral("--person: nobody with ID number %1 in %2").arg(number.canonical(), db.path()));
        return false;
    }
    *id = *found;
    return true;
}

std::optional<PolicyProfile> databaseProfile(const Database &db)
{
    QString error;
    auto profile = PolicyProfile::builtin(db.setting(QStringLiteral("profile"), PolicyProfile::defaultId()), &error);
    if (!profile)
        printError(error);
    return profile;
}

bool requireOptions(const QCommandLineParser &parser, const QString &command, const QStringList &names)
{
    for (const QString &name : names) {
        if (!parser.isSet(name)) {
            printError(QStringLiteral("%1: --%2 is required").arg(command, name));
            return false;
        }
    }
    return true;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, const QString &command)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        printError(QStringLiteral("%1: --db is required").arg(command));
        return nullptr;
    }
    QString error;
    auto db = Database::open(parser.value(QStringLiteral("db")), Database::OpenMode::OpenExisting, &error);
    if (!db)
        printError(error);
    return db;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")};
}

QCommandLineOption personOption()
{
    return {QStringLiteral("person"), QStringLiteral("the person's ID number"), QStringLiteral("ID")};
}

bool openPerson(const QCommandLineParser &parser, const QString &command, PersonContext *out)
{
    if (!parser.isSet(QStringLiteral("person"))) {
        printError(QStringLiteral("%1: --person is required").arg(command));
        return false;
    }
    out->db = openDatabase(parser, command);
    if (!out->db)
        return false;
    out->profile = databaseProfile(*out->db);
    return out->profile && findPerson(*out->db, *out->profile, parser.value(QStringLiteral("person")), &out->id);
}

bool writeFile(const QString &option, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    printError(QStringLiteral("--%1: cannot write %2: %3").arg(option, path, file.errorString()));
    return false;
}

bool parseMonth(const QString &value, const QString &option, QDate *out)
{
    const QDate d = QDate::fromString(value, QStringLiteral("yyyy-MM"));
    if (!d.isValid() || value.size() != 7) {
        printError(QStringLiteral("--%1: '%2' is not a month in the form YYYY-MM").arg(option, value));
        return false;
    }
    *out = d;
    return true;
}

} // namespace cli
