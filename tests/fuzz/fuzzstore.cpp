#include "fuzzstore.h"

#include "fuzzcommon.h"
#include "store/demogenerator.h"

#include <QDate>
#include <QFile>

namespace fuzz
{

namespace
{
QByteArray g_template;
}

FreshStore::FreshStore(int persons)
{
    m_path = scratch() + QStringLiteral("/store.sqlite");
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"));
    if (!m_profile)
        fail("no qingdao profile");
    QString error;
    if (g_template.isEmpty()) {
        QFile::remove(m_path);
        auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing, &error);
        if (!db)
            fail("cannot create the template store");
        DemoOptions o;
        o.persons = persons;
        o.today = QDate(2026, 11, 23);
        if (!DemoGenerator::generate(*db, *m_profile, o, &error))
            fail("cannot fill the template store");
        db.reset();
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            fail("cannot read the template store");
        g_template = f.readAll();
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(m_path + QLatin1String(suffix));
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(g_template) != g_template.size())
        fail("cannot copy the template store");
    f.close();
    m_db = Database::open(m_path, Database::OpenMode::OpenExisting, &error);
    if (!m_db)
        fail("cannot open the store copy");
}

FreshStore::~FreshStore() = default;

} // namespace fuzz
