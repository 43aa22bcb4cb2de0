#pragma once

#include "backup/backupmanifest.h"

#include <QString>
#include <functional>

class QWidget;

namespace certdesk
{

// Runs `work` off the GUI thread behind a window-modal progress dialog with a
// Cancel button, and returns when it is done (the window keeps painting). The
// work reports through the BackupProgress it is given; Cancel makes that
// return false, which the backup and restore code take as "stop".
void runWithProgress(QWidget *parent, const QString &title, const QString &label,
                     const std::function<void(const BackupProgress &progress)> &work);

} // namespace certdesk
