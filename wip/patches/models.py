import sys, os
root = sys.argv[1]
def patch(path, pairs):
    p = os.path.join(root, path)
    s = open(p).read()
    for old, new in pairs:
        if s.count(old) != 1:
            raise SystemExit('%s: pattern count %d: %r' % (path, s.count(old), old[:70]))
        s = s.replace(old, new)
    open(p, 'w').write(s)

patch('models/verification/verificationservice.h', [
('''    // The rule a check breaks, as a message for the user; empty when it is fine.
    QString check(const VerificationEvent &event, const Recipient &person) const;''',
'''    // The rule a check breaks, as a message for the user; empty when it is fine.
    QString check(const VerificationEvent &event, const Recipient &person) const;
    // The same rules without the evidence store: what the district server and a
    // desk pulling the event check too (IncomingEvent, issue 16).
    static QString problem(const VerificationEvent &event, const Recipient &person,
                           const PolicyProfile &profile, const QDate &today);'''),
])
patch('models/verification/verificationservice.cpp', [
('''QString VerificationService::check(const VerificationEvent &e, const Recipient &person) const
{
    const QDate today = m_today;
    if (!e.checkDate.isValid())''',
'''QString VerificationService::check(const VerificationEvent &e, const Recipient &person) const
{
    for (const EvidenceLink &link : e.evidence) {
        if (!m_evidence.contains(link.item.sha256))
            return tr("The evidence file %1 is not in the evidence store; add it again.")
                .arg(link.item.originalName);
    }
    return problem(e, person, m_profile, m_today);
}

QString VerificationService::problem(const VerificationEvent &e, const Recipient &person,
                                     const PolicyProfile &profile, const QDate &today)
{
    if (!e.checkDate.isValid())'''),
('''    if (e.worker.trimmed().isEmpty())
        return tr("A check must name the worker who did it.");''',
'''    if (e.worker.trimmed().isEmpty())
        return tr("A check must name the worker who did it.");
    // The name is shown on other desks: one line of plain text (issue 16).
    if (const QString unsafe = SafeText::nameProblem(QStringLiteral("worker"), e.worker);
        !unsafe.isEmpty())
        return unsafe;'''),
('''        return tr("%1's account is sealed: unseal it with approval before recording a check.")
            .arg(person.name);
    for (const EvidenceLink &link : e.evidence) {
        if (!m_evidence.contains(link.item.sha256))
            return tr("The evidence file %1 is not in the evidence store; add it again.")
                .arg(link.item.originalName);
    }''',
'''        return tr("%1's account is sealed: unseal it with approval before recording a check.")
            .arg(person.name);'''),
('''    if (m_profile.requiresCompleteContact()) {''', '''    if (profile.requiresCompleteContact()) {'''),
('''                .arg(m_profile.displayName());
    }
    return {};
}''', '''                .arg(profile.displayName());
    }
    return {};
}'''),
('''#include "domain/policyprofile.h"\n''', '''#include "domain/policyprofile.h"\n#include "domain/safetext.h"\n'''),
])
patch('models/lifecycle/lifecycleservice.cpp', [
('''        who.prepare(QStringLiteral("SELECT name FROM recipient WHERE id = ?"));''',
'''        who.prepare(QStringLiteral("SELECT name, monthly_benefit_fen FROM recipient WHERE id = ?"));'''),
('''                : BenefitLifecycle::refusal(states.value(e.recipientId), e);''',
'''                : BenefitLifecycle::refusal(states.value(e.recipientId), e);
        // Amounts follow from the months and the recorded monthly amount, as the
        // district server checks them too (issue 16).
        if (problem.isEmpty())
            problem = StepAmounts::problem(e, Money(who.value(1).toLongLong()));'''),
('''#include "domain/policyprofile.h"\n''', '''#include "domain/policyprofile.h"\n#include "domain/stepamounts.h"\n'''),
])
patch('models/sync/syncrun.cpp', [
('''    settings->deviceKey =
        QByteArray::fromBase64(reply.json.value(ProtocolField::deviceKey).toString().toLatin1());''',
'''    // The server hands a device's key out once (first sign-in, after a rotation
    // or re-assignment); without one in the answer, the key already kept stays.
    if (reply.json.contains(ProtocolField::deviceKey))
        settings->deviceKey = QByteArray::fromBase64(
            reply.json.value(ProtocolField::deviceKey).toString().toLatin1());'''),
])
print('ok')
