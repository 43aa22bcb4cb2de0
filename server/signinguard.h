#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace certdesk
{

// Sign-in without oracles or floods (issue 16 point 6):
//  - failures are counted per user name and per address over a window; past a
//    threshold the sign-in is refused (429) until the oldest failure leaves
//    the window, whether or not the password would be right;
//  - an unknown user costs the same as a known one: a dummy hash is verified;
//  - Argon2id takes 64 MiB per hash, so at most MaxHashing hashes run at once
//    and the others wait: memory stays bounded whatever arrives.
class SignInGuard
{
public:
    static constexpr int MaxFailuresPerUser = 5;
    static constexpr int MaxFailuresPerAddress = 20;
    static constexpr int WindowSeconds = 600;
    static constexpr int MaxHashing = 2;
    static constexpr int MaxTracked = 10000; // names and addresses remembered

    SignInGuard();
    // Seconds to wait before this user/address may try again; 0: go ahead.
    int retryAfter(const QString &user, const QString &address);
    void failed(const QString &user, const QString &address);
    void succeeded(const QString &user);
    // Verifies `password` against `storedHash`, or against a dummy hash when
    // the user is unknown (storedHash empty): same work either way.
    bool verify(const QByteArray &storedHash, const QString &password);

private:
    using Clock = std::chrono::steady_clock;
    using Failures = std::deque<Clock::time_point>;
    static int waitFor(QHash<QString, Failures> &map, const QString &key, int limit,
                       Clock::time_point now);
    static void note(QHash<QString, Failures> &map, const QString &key, Clock::time_point now);

    std::mutex m_mutex;
    QHash<QString, Failures> m_byUser;
    QHash<QString, Failures> m_byAddress;
    QByteArray m_dummy;

    std::mutex m_hashMutex;
    std::condition_variable m_hashFree;
    int m_hashing = 0;
};

} // namespace certdesk
