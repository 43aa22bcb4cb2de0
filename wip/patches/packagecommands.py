import sys
p = sys.argv[1]
s = open(p).read()
def rep(old, new, count=1):
    global s
    if s.count(old) != count:
        raise SystemExit('pattern count %d != %d: %r' % (s.count(old), count, old[:80]))
    s = s.replace(old, new)
def cutfn(start_marker, end_marker):
    global s
    a = s.index(start_marker)
    b = s.index(end_marker, a) + len(end_marker)
    s = s[:a] + s[b:]
rep('#include "admincommands.h"\n', '#include "admincommands.h"\n#include "commandsupport.h"\n')
cutfn('void printError(const QString &message)\n{', '\n}\n\n')
cutfn('std::optional<UpstreamStore> openStore(', '    return store;\n}\n\n')
rep('namespace\n{\n', 'using namespace CommandSupport;\n\nnamespace\n{\n', 1)
rep('''    if (!execQuery(q,
                   QStringLiteral("SELECT d.device_key, d.user_name, u.display_name, u.role, "
                                  "u.scope_code FROM device d "
                                  "JOIN users u ON u.name = d.user_name WHERE d.id = ?"),
                   {device}, error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("device %1 has never signed in to this server, so it has no key")
                     .arg(device);
        return std::nullopt;
    }''', '''    if (!execQuery(q,
                   QStringLiteral("SELECT d.device_key, d.user_name, u.display_name, u.role, "
                                  "u.scope_code, b.revoked_at FROM device d "
                                  "JOIN users u ON u.name = d.user_name LEFT JOIN device_binding "
                                  "b ON b.device = d.id WHERE d.id = ?"),
                   {device}, error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("device %1 has never signed in to this server, so it has no key")
                     .arg(device);
        return std::nullopt;
    }
    // A revoked device's packages are refused like its sign-ins (issue 16 point 2).
    if (!q.value(5).isNull() && !q.value(5).toString().isEmpty()) {
        *error = QStringLiteral("device %1 was revoked on %2; its packages are not taken")
                     .arg(device, q.value(5).toString());
        return std::nullopt;
    }''')
rep('''        if (!vault.storeFile(it.key(), it.value(), &error)) {''', '''        if (!vault.storeFile(it.key(), it.value(), caller->user, &error)) {''')
open(p, 'w').write(s)
