#include "signinguard.h"

#include "security/passwordhasher.h"

namespace certdesk
{

SignInGuard::SignInGuard()
{
    QString error;
    m_dummy = PasswordHasher::hash(QStringLiteral("certdesk-no-such-user-placeholder"), &error);
}

int SignInGuard::waitFor(QHash<QString, Failures> &map, const QString &key, int limit,
                         Clock::time_point now)
{
    auto it = map.find(key);
    if (it == map.end())
        return 0;
    Failures &f = it.value();
    const auto window = std::chrono::seconds(WindowSeconds);
    while (!f.empty() && now - f.front() >= window)
        f.pop_front();
    if (f.empty()) {
        map.erase(it);
        return 0;
    }
    if (int(f.size()) < limit)
        return 0;
    const auto left =
        std::chrono::duration_cast<std::chrono::seconds>(f.front() + window - now).count();
    return int(std::max<qint64>(1, left));
}

void SignInGuard::note(QHash<QString, Failures> &map, const QString &key, Clock::time_point now)
{
    if (map.size() >= MaxTracked && !map.contains(key)) {
        // Forget the entries whose failures have all left the window; if that
        // is not enough, the table is cleared rather than allowed to grow.
        for (auto it = map.begin(); it != map.end();) {
            if (it->empty() || now - it->back() >= std::chrono::seconds(WindowSeconds))
                it = map.erase(it);
            else
                ++it;
        }
        if (map.size() >= MaxTracked)
            map.clear();
    }
    Failures &f = map[key];
    f.push_back(now);
    while (int(f.size()) > MaxFailuresPerAddress)
        f.pop_front();
}

int SignInGuard::retryAfter(const QString &user, const QString &address)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto now = Clock::now();
    return std::max(waitFor(m_byUser, user, MaxFailuresPerUser, now),
                    waitFor(m_byAddress, address, MaxFailuresPerAddress, now));
}

void SignInGuard::failed(const QString &user, const QString &address)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto now = Clock::now();
    note(m_byUser, user, now);
    note(m_byAddress, address, now);
}

void SignInGuard::succeeded(const QString &user)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_byUser.remove(user);
}

bool SignInGuard::verify(const QByteArray &storedHash, const QString &password)
{
    {
        std::unique_lock<std::mutex> lock(m_hashMutex);
        m_hashFree.wait(lock, [this] { return m_hashing < MaxHashing; });
        ++m_hashing;
    }
    const bool known = !storedHash.isEmpty();
    const bool ok = PasswordHasher::verify(known ? storedHash : m_dummy, password) && known;
    {
        std::lock_guard<std::mutex> lock(m_hashMutex);
        --m_hashing;
    }
    m_hashFree.notify_one();
    return ok;
}

} // namespace certdesk
