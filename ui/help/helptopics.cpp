#include "helptopics.h"

#include <QFile>
#include <QWidget>

namespace certdesk
{

QList<HelpTopic> HelpTopics::all()
{
    // Words are Chinese because the manual is (issue 20 point 5: the English window
    // opens the Chinese manual); the test reads them from the translated windows.
    return {
        {"certdesk::MainWindow", "index.md", "资格认证工作台", true},
        {"certdesk::SignInDialog", "01-first-start.md", "登录", false},
        {"certdesk::UserFormDialog", "12-users-audit.md", "用户", false},
        {"certdesk::JurisdictionPanel", "02-ledgers.md", "台账", false},
        {"certdesk::LedgerPanel", "02-ledgers.md", "台账", false},
        {"certdesk::RecipientDetailPanel", "02-ledgers.md", "台账", false},
        {"certdesk::VisitRequestDialog", "04-home-visit.md", "上门认证", true},
        {"certdesk::CheckApprovalsDialog", "04-home-visit.md", "审批", true},
        {"certdesk::RecordVerificationDialog", "05-record-check.md", "认证核实", true},
        {"certdesk::TimelinePanel", "05-record-check.md", "认证核实", false},
        {"certdesk::PhotoViewer", "05-record-check.md", "照片", false},
        {"certdesk::BatchPassDialog", "05-record-check.md", "批量通过", true},
        {"certdesk::PaperRegisterDialog", "06-paper-register.md", "纸质登记补录", true},
        {"certdesk::ReminderDialog", "07-reminders.md", "提醒", true},
        {"certdesk::LifecycleActionsDialog", "08-payments.md", "本月待办", true},
        {"certdesk::LifecycleStepDialog", "08-payments.md", "待遇业务", true},
        {"certdesk::ArchiveDialog", "09-archive.md", "月度", true},
        {"certdesk::ImportDialog", "10-import-export.md", "导入", true},
        {"certdesk::PendingImportsDialog", "10-import-export.md", "导入", true},
        {"certdesk::SyncDialog", "11-sync.md", "同步", true},
        {"certdesk::ConflictsDialog", "11-sync.md", "同步", true},
        {"certdesk::UsersDialog", "12-users-audit.md", "用户", true},
        {"certdesk::AuditDialog", "12-users-audit.md", "审计日志", true},
        {"certdesk::BackupSettingsDialog", "13-backup.md", "备份", true},
        {"certdesk::DashboardPanel", "14-dashboard.md", "统计看板", false},
    };
}

QString HelpTopics::contentsPage()
{
    return QStringLiteral("index.md");
}

QString HelpTopics::resourcePath(const QString &page)
{
    return QStringLiteral(":/manual/") + page;
}

QString HelpTopics::pageFor(const QWidget *widget)
{
    const QList<HelpTopic> topics = all();
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const char *name = w->metaObject()->className();
        for (const HelpTopic &t : topics) {
            if (qstrcmp(t.className, name) == 0)
                return QString::fromLatin1(t.page);
        }
    }
    return contentsPage();
}

QString HelpTopics::titleOf(const QString &page)
{
    QFile f(resourcePath(page));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString first = QString::fromUtf8(f.readLine()).trimmed();
    return first.startsWith(QLatin1String("# ")) ? first.mid(2).trimmed() : QString();
}

} // namespace certdesk
