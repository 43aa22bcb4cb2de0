#pragma once

#include "sync/servertrust.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk
{

// The sync window's part on trusting the district server (issue 16, point 4):
// the pinned key's fingerprint and a way to forget it, the district's CA file,
// and the explicit (warned) permission for plain http:// beyond this computer.
// Edits take effect when the sync settings are saved.
class ServerTrustBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ServerTrustBox(QWidget *parent = nullptr);

    void setTrust(const ServerTrust &trust);
    ServerTrust trust() const;

    QLabel *pinLabel() const { return m_pin; }
    QPushButton *forgetButton() const { return m_forget; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *allowHttpBox() const { return m_allowHttp; }
    QLabel *httpWarning() const { return m_httpWarning; }

    // Asks whether to pin the key `fingerprint` of `server` at its first
    // sign-in; true when the person compared it with the district's notice and
    // accepted it.
    static bool askToAccept(QWidget *parent, const QString &server, const QString &fingerprint);

signals:
    void edited();

private:
    void showPin();

    QString m_pinValue;
    QLabel *m_pin;
    QPushButton *m_forget;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QCheckBox *m_allowHttp;
    QLabel *m_httpWarning;
};

} // namespace certdesk
