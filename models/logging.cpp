#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "certdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLists, "certdesk.lists", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "certdesk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "certdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackup, "certdesk.backup", QtInfoMsg)
