#include "sync/servertrustbox.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace certdesk
{

ServerTrustBox::ServerTrustBox(QWidget *parent)
    : QGroupBox(tr("Server identity"), parent), m_pin(new QLabel(this)),
      m_forget(new QPushButton(tr("&Forget pinned key"), this)), m_caFile(new QLineEdit(this)),
      m_browse(new QPushButton(tr("B&rowse…"), this)),
      m_allowHttp(new QCheckBox(tr("Allow plain &http:// to a server on another computer"), this)),
      m_httpWarning(new QLabel(this))
{
    setObjectName(QStringLiteral("serverTrust"));
    m_pin->setObjectName(QStringLiteral("pinnedKey"));
    m_pin->setTextFormat(Qt::PlainText);
    m_pin->setWordWrap(true);
    // A row with a button gives a wrapped label one line: room for two (issue 17).
    m_pin->setMinimumHeight(2 * m_pin->fontMetrics().lineSpacing());
    m_pin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forget->setObjectName(QStringLiteral("forgetPinnedKey"));
    m_forget->setToolTip(tr("Only when the district's notice announces a new server key: the "
                            "next sign-in shows the new fingerprint to compare."));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("none: the key is pinned at the first sign-in"));
    m_allowHttp->setObjectName(QStringLiteral("allowPlainHttp"));
    m_httpWarning->setObjectName(QStringLiteral("plainHttpWarning"));
    m_httpWarning->setTextFormat(Qt::PlainText);
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_httpWarning->setText(tr("Warning: with plain HTTP the server password, the records and the "
                              "photos cross the network unencrypted and the server cannot be "
                              "told from an impostor. Use it only inside a network you trust."));

    auto *form = new QFormLayout(this);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_forget);
    form->addRow(tr("Pinned key (SHA-256):"), pinRow);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    // A label of its own: the row's field is a layout, which cannot be a buddy.
    auto *caLabel = new QLabel(tr("District &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_allowHttp);
    form->addRow(QString(), m_httpWarning);

    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_pinValue.clear();
        showPin();
        emit edited();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("The district's CA certificate"), m_caFile->text(),
            tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            emit edited();
        }
    });
    connect(m_caFile, &QLineEdit::textEdited, this, &ServerTrustBox::edited);
    connect(m_allowHttp, &QCheckBox::toggled, this, [this](bool on) {
        m_httpWarning->setVisible(on);
        emit edited();
    });
    m_httpWarning->setVisible(false);
    showPin();
}

void ServerTrustBox::setTrust(const ServerTrust &trust)
{
    m_pinValue = trust.pin;
    m_caFile->setText(trust.caFile);
    m_allowHttp->setChecked(trust.allowPlainHttp);
    m_httpWarning->setVisible(trust.allowPlainHttp);
    showPin();
}

ServerTrust ServerTrustBox::trust() const
{
    ServerTrust t;
    t.pin = m_pinValue;
    t.caFile = m_caFile->text().trimmed();
    t.allowPlainHttp = m_allowHttp->isChecked();
    return t;
}

void ServerTrustBox::showPin()
{
    m_pin->setText(m_pinValue.isEmpty()
                       ? tr("none yet: the first sign-in shows the server's fingerprint to compare "
                            "with the district's notice")
                       : ServerTrustCheck::display(m_pinValue));
    m_forget->setEnabled(!m_pinValue.isEmpty());
}

bool ServerTrustBox::askToAccept(QWidget *parent, const QString &server, const QString &fingerprint)
{
    QMessageBox box(QMessageBox::Question, tr("First sign-in to %1").arg(server),
                    tr("The server's key fingerprint (SHA-256) is:\n\n%1\n\nCompare it, pair by "
                       "pair, with the fingerprint in the district's notice. Accept it only if "
                       "they are the same: CertDesk then trusts this key and no other, and stops "
                       "syncing if the server ever shows another.")
                        .arg(fingerprint),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setObjectName(QStringLiteral("acceptServerKey"));
    QPushButton *accept = box.addButton(tr("&Same as the notice: accept"), QMessageBox::AcceptRole);
    box.addButton(tr("&Different or unsure: refuse"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.buttons().last()));
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace certdesk
