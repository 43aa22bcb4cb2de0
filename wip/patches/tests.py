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
patch('tests/upstreamfixture.h', [
('''    bool isRunning() const
    {
        return m_server && m_server->state() == QProcess::Running;
    }''', '''    bool isRunning() const
    {
        return m_server && m_server->state() == QProcess::Running;
    }
    // The running server's process id (for /proc/PID/status), 0 when none.
    qint64 serverPid() const
    {
        return m_server ? m_server->processId() : 0;
    }
    // What the server has written to stdout and stderr so far.
    QByteArray serverOutput()
    {
        if (m_server) {
            m_output += m_server->readAllStandardOutput();
            m_output += m_server->readAllStandardError();
        }
        return m_output;
    }'''),
('''    QUrl m_base;
    std::unique_ptr<QProcess> m_server;''', '''    QUrl m_base;
    QByteArray m_output;
    std::unique_ptr<QProcess> m_server;'''),
])
patch('tests/CMakeLists.txt', [
('''certdesk_add_test(tst_syncpackage SOURCES tst_syncpackage.cpp LIBS certdesk_models)''',
'''# Issue 16: the server against a hostile client (raw sockets, /proc memory).
certdesk_add_test(tst_upstream_hostile SOURCES tst_upstream_hostile.cpp hostilehttp.h upstreamtest.h
    upstreamfixture.h LIBS certdesk_models Qt6::Network Qt6::Sql PkgConfig::ZLIB)
target_compile_definitions(tst_upstream_hostile PRIVATE
    CERTDESK_UPSTREAM_BIN="$<TARGET_FILE:certdesk-upstream>" CERTDESK_CLI_BIN="$<TARGET_FILE:certdesk-cli>")
add_dependencies(tst_upstream_hostile certdesk-upstream certdesk-cli)
set_tests_properties(tst_upstream_hostile PROPERTIES TIMEOUT 900)
set_property(TEST tst_upstream_hostile APPEND PROPERTY ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=600000")
certdesk_add_test(tst_syncpackage SOURCES tst_syncpackage.cpp LIBS certdesk_models)'''),
])
print('ok')
