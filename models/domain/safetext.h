#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk
{

// What text may hold when it is stored and shown elsewhere (issue 16): no control
// characters (a NUL cannot even be stored in PostgreSQL text), and no markup in
// a person's name, which views on other devices would otherwise render.
class SafeText
{
    Q_DECLARE_TR_FUNCTIONS(SafeText)
public:
    // A name (worker, actor, approver, objector): one line, no markup.
    static QString nameProblem(const QString &field, const QString &value);
    // Free text (a note, a reason, an address): line breaks and tabs are fine,
    // other control characters are not.
    static QString textProblem(const QString &field, const QString &value);
};

} // namespace certdesk
