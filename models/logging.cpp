#include "logging.h"

namespace certdesk
{

Q_LOGGING_CATEGORY(lcStore, "certdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLists, "certdesk.lists", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "certdesk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "certdesk.sync", QtInfoMsg)
// Quiet unless asked: says which translation file was loaded (the package test checks
// that an installed program reads the installed one).
Q_LOGGING_CATEGORY(lcI18n, "certdesk.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBackup, "certdesk.backup", QtInfoMsg)

} // namespace certdesk
