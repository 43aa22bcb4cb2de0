import sys, os
root = sys.argv[1]
def patch(path, pairs):
    p = os.path.join(root, path)
    s = open(p).read()
    for old, new in pairs:
        if s.count(old) != 1:
            raise SystemExit('%s: pattern count %d: %r' % (path, s.count(old), old[:70]))
        s = s.replace(old, new)
    open(p, 'w').write(s)

patch('server/conflictdetector.h', [
('''    static QString eventTime(const QJsonObject &event);''',
'''    static QString eventTime(const QJsonObject &event);
    // The contact fields of the protocol, the only fields a `contact-field`
    // conflict (and a decision on it) can name (issue 16 point 5).
    static const QStringList &contactFields();'''),
])
patch('server/conflictdetector.cpp', [
('''QList<QJsonObject> ConflictDetector::detect(''',
'''const QStringList &ConflictDetector::contactFields()
{
    static const QStringList fields{ProtocolField::phone, ProtocolField::householdAddress,
                                    ProtocolField::residenceAddress, ProtocolField::residenceType};
    return fields;
}

QList<QJsonObject> ConflictDetector::detect('''),
('''    for (auto it = contact.begin(); it != contact.end(); ++it) {
        const QString value = it.value().toString();''',
'''    for (auto it = contact.begin(); it != contact.end(); ++it) {
        if (!contactFields().contains(it.key()))
            continue;
        const QString value = it.value().toString();'''),
])
patch('server/upstreamstore.h', [
('''// The server's storage behind a connection URL''',
'''// Who is pushing: from the token (HTTP) or from the package's device (USB).
struct Caller {
    QString user;
    QString displayName;
    QString role; // worker, supervisor, admin
    QString device;
    TokenScope scope;
};

// The server's storage behind a connection URL'''),
])
patch('server/eventingest.h', [
('''// Who is pushing: from the token (HTTP) or from the package's device (USB).
struct Caller {
    QString user;
    QString displayName;
    QString role; // worker, supervisor, admin
    QString device;
    TokenScope scope;
};

''', ''),
])
patch('server/upstreamschema.cpp', [
('''#include "upstreamstore.h"\n''', '''#include "upstreamstore.h"\n\n#include "accesstables.h"\n'''),
('''    std::lock_guard<std::mutex> lock(writeMutex());
    if (!begin(db, error))
        return false;
    QSqlQuery q(db);
    for (const QString &sql : statements) {''', '''    std::lock_guard<std::mutex> lock(writeMutex());
    if (!begin(db, error))
        return false;
    QSqlQuery q(db);
    for (const QString &sql : statements + accessTables(serial)) {'''),
])
patch('server/admincommands.h', [
('''int exportRoster(const QHash<QString, QString> &options);''',
'''int exportRoster(const QHash<QString, QString> &options);
// accesscommands.cpp
int devices(const QHash<QString, QString> &options);
int audit(const QHash<QString, QString> &options);
int setUserEnabled(const QHash<QString, QString> &options, bool enabled);'''),
])
patch('server/CMakeLists.txt', [
('''pkg_check_modules(CPPHTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
''', '''pkg_check_modules(CPPHTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
# The request guard speaks TLS itself (server/requestguard.cpp).
pkg_check_modules(OPENSSL REQUIRED IMPORTED_TARGET openssl)
'''),
('''    upstreamserver.cpp upstreamserver.h
''', '''    upstreamserver.cpp upstreamserver.h
    httpreplies.h
    evidenceroutes.cpp
    accessroutes.cpp
    requestguard.cpp requestguard.h
    signinguard.cpp signinguard.h
    devicebinding.cpp devicebinding.h
    accesstables.cpp accesstables.h
    pushedeventrules.cpp pushedeventrules.h
    redaction.cpp redaction.h
    accesscommands.cpp
    commandsupport.h
'''),
('''    CALLERS upstreamserver.cpp eventingest.cpp evidencevault.cpp)''', '''    CALLERS upstreamserver.cpp eventingest.cpp evidencevault.cpp)'''),
('''    PkgConfig::CPPHTTPLIB PkgConfig::LIBSODIUM)''', '''    PkgConfig::CPPHTTPLIB PkgConfig::LIBSODIUM PkgConfig::OPENSSL)'''),
])
patch('models/CMakeLists.txt', [
('''    domain/benefitlifecycle.cpp domain/benefitlifecycle.h
''', '''    domain/benefitlifecycle.cpp domain/benefitlifecycle.h
    domain/safetext.cpp domain/safetext.h
    domain/stepamounts.cpp domain/stepamounts.h
'''),
('''    sync/changeapplier.cpp sync/changeapplier.h
''', '''    sync/changeapplier.cpp sync/changeapplier.h
    sync/incomingevent.cpp sync/incomingevent.h
'''),
])
print('ok')
