#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace certdesk
{

// One JSON object appended to a buffer as a line, byte for byte what
// QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n' writes for the same
// QJsonObject: the same escapes (\" \\ \b \f \n \r \t, \u00xx below 0x20, an
// unpaired surrogate as \udxxx), UTF-8 otherwise, integers in decimal. Keys must
// come in the order QJsonObject keeps them (sorted); a debug build checks it.
// For bulk output (a ledger of 100,000 rows): building a QJsonObject and a
// QJsonDocument per row took most of the command's time.
class JsonLine
{
public:
    explicit JsonLine(QByteArray &out);
    ~JsonLine();
    JsonLine(const JsonLine &) = delete;
    JsonLine &operator=(const JsonLine &) = delete;

    JsonLine &text(const char *key, const QString &value);
    JsonLine &number(const char *key, qint64 value);
    JsonLine &boolean(const char *key, bool value);
    JsonLine &null(const char *key);
    // An ISO date, or null when invalid.
    JsonLine &date(const char *key, const QDate &value);

    // The string as QJsonDocument escapes it, with its quotes.
    static void appendString(QByteArray &out, const QString &value);

private:
    void key(const char *key);

    QByteArray &m_out;
    const char *m_lastKey = nullptr;
};

} // namespace certdesk
