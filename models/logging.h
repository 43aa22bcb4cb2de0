#pragma once

#include <QLoggingCategory>

namespace certdesk
{

// One logging category per subsystem (QT_LOGGING_RULES="certdesk.*=true" to see them).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcLists)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
Q_DECLARE_LOGGING_CATEGORY(lcBackup)

} // namespace certdesk
