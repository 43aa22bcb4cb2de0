#include "security/userformdialog.h"

#include "domain/policyprofile.h"
#include "security/audittrail.h"
#include "security/userrepository.h"
#include "store/jurisdictionrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk
{

UserFormDialog::UserFormDialog(const Database &db, const PolicyProfile &profile,
                               const AuditTrail &audit, const Session *creator,
                               bool firstAdministrator, QWidget *parent)
    : QDialog(parent), m_db(db), m_profile(profile), m_audit(audit), m_creator(creator),
      m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_node(new QComboBox(this)), m_roleText(new QLabel(this)),
      m_nodeText(new QLabel(this)), m_certify(new QCheckBox(tr("records checks (certify)"), this)),
      m_approver(new QCheckBox(tr("approves benefits"), this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("userFormDialog"));
    setWindowTitle(firstAdministrator ? tr("Create the administrator") : tr("New user"));
    for (Role r : Permissions::roles()) {
        if (!firstAdministrator || r == Role::DistrictAdministrator)
            m_role->addItem(Permissions::roleName(r), int(r));
    }
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    m_certify->setChecked(!firstAdministrator);
    auto *form = new QFormLayout;
    form->addRow(tr("User &name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Role:"), choiceRow(m_role, m_roleText));
    form->addRow(tr("&Jurisdiction:"), choiceRow(m_node, m_nodeText));
    m_roleText->setObjectName(QStringLiteral("roleText"));
    m_nodeText->setObjectName(QStringLiteral("nodeText"));
    // What each duty lets the account do, in the form where it is given.
    form->addRow(tr("Duties:"),
                 dutyRow(m_certify,
                         tr("Records checks of the people in the account's jurisdiction (window, "
                            "phone, video or home visit) with their evidence photos, also several "
                            "at once."),
                         QStringLiteral("certifyExplanation")));
    // GD 9: where the rules make payment steps the approver's duty, this says so.
    const QString stepDuty = profile.paymentStepDuty();
    QString approves =
        stepDuty == QLatin1String("approve-benefit")
            ? tr("Records payment steps (suspend, resume, stop): under the %1 rules (%2) they are "
                 "this duty's.")
                  .arg(profile.displayName(), profile.ruleCite(QStringLiteral("paymentStepDuty")))
            : tr("Marks the benefit approver. The %1 rules give this duty no steps of its own.")
                  .arg(profile.displayName());
    const QString conflict =
        profile.dutyConflict({QStringLiteral("certify"), QStringLiteral("approve-benefit")});
    if (!conflict.isEmpty())
        approves =
            tr("%1 %2", "what the duty permits, then the rules' conflict").arg(approves, conflict);
    form->addRow(QString(), dutyRow(m_approver, approves, QStringLiteral("approverExplanation")));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("R&epeat password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (firstAdministrator)
        layout->addWidget(
            new QLabel(tr("This database has no users yet. Create the district administrator, "
                          "who then creates the other accounts."),
                       this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserFormDialog::fillNodes);
    fillNodes();
    showSingleChoice(m_role, m_roleText);
}

QWidget *UserFormDialog::choiceRow(QComboBox *box, QLabel *text)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box, 1);
    layout->addWidget(text, 1);
    text->setTextFormat(Qt::PlainText);
    text->setVisible(false);
    return row;
}

QWidget *UserFormDialog::dutyRow(QCheckBox *box, const QString &explanation, const QString &name)
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *line = new QLabel(explanation, row);
    line->setObjectName(name);
    line->setWordWrap(true);
    line->setStyleSheet(QStringLiteral("color: #555555;"));
    line->setContentsMargins(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    box->setToolTip(explanation);
    layout->addWidget(box);
    layout->addWidget(line);
    return row;
}

void UserFormDialog::showSingleChoice(QComboBox *box, QLabel *text)
{
    const bool single = box->count() == 1;
    text->setText(single ? box->itemText(0) : QString());
    text->setToolTip(single ? tr("The only choice here.") : QString());
    box->setVisible(!single);
    text->setVisible(single);
}

void UserFormDialog::fillNodes()
{
    const int level = Permissions::nodeLevel(Role(m_role->currentData().toInt()));
    m_node->clear();
    for (const JurisdictionNode &n : JurisdictionRepository(m_db).all()) {
        if (n.level == level)
            m_node->addItem(QStringLiteral("%1 (%2)").arg(n.name, n.code), n.code);
    }
    showSingleChoice(m_node, m_nodeText);
}

QString UserFormDialog::errorText() const
{
    return m_error->text();
}

void UserFormDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        return;
    }
    User u;
    u.username = m_username->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    u.role = Role(m_role->currentData().toInt());
    u.nodeCode = m_node->currentData().toString();
    if (m_certify->isChecked())
        u.duties << QStringLiteral("certify");
    if (m_approver->isChecked())
        u.duties << QStringLiteral("approve-benefit");
    QString error;
    if (!UserRepository(m_db, m_profile).create(u, m_password->text(), &error)) {
        m_error->setText(error);
        return;
    }
    const Session by = m_creator ? *m_creator : Session(u, Session::machineName());
    m_audit.record(
        by, AuditAction::UserChange, u.username,
        QStringLiteral("created %1 at %2 duties %3")
            .arg(Permissions::roleKey(u.role), u.nodeCode, u.duties.join(QLatin1Char(','))),
        &error);
    m_created = u;
    QDialog::accept();
}

} // namespace certdesk
