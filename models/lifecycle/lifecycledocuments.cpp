#include "lifecycledocuments.h"

#include "domain/idnumber.h"
#include "domain/isodate.h"

namespace certdesk
{

namespace
{

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString monthText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM")) : QString();
}

QString yuan(qint64 fen)
{
    return Money(fen).toYuanString();
}

// A CSV field: quoted when it holds a separator, a quote or a line break.
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString row(const QStringList &cells, const char *tag = "td")
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), esc(c));
    return out + QStringLiteral("</tr>");
}

} // namespace

QString LifecycleDocuments::suspensionListHtml(const QList<LifecycleProposal> &proposals,
                                               const QDate &month, const QDate &deadline,
                                               const QString &office)
{
    QString html =
        QStringLiteral("<html><body><h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"3\">")
            .arg(esc(tr("Suspension list for %1").arg(monthText(month))),
                 esc(tr("%1 · payment suspended from %2 · to be submitted by %3")
                         .arg(office, monthText(month.addMonths(1)), isoDate(deadline))));
    html += row({tr("No."), tr("Name"), tr("ID number"), tr("Community"), tr("Reason")}, "th");
    int n = 0;
    for (const LifecycleProposal &p : proposals) {
        if (p.event.kind != LifecycleKind::Suspended)
            continue;
        html += row({QString::number(++n), p.name, IdNumber::mask(p.idNumber), p.communityCode,
                     p.event.reason});
    }
    html += QStringLiteral("</table><p>%1</p></body></html>").arg(esc(tr("%1 people.").arg(n)));
    return html;
}

QByteArray LifecycleDocuments::suspensionListCsv(const QList<LifecycleProposal> &proposals)
{
    // Column names are stable keys (for spreadsheets and import scripts), not translated.
    QString csv = QStringLiteral("name,id_number,community,suspended_from,deadline,cause,reason\n");
    for (const LifecycleProposal &p : proposals) {
        if (p.event.kind != LifecycleKind::Suspended)
            continue;
        csv += QStringList{csvField(p.name),          IdNumber::mask(p.idNumber),
                           p.communityCode,           monthText(p.event.effectiveMonth),
                           isoDate(p.event.deadline), p.event.cause,
                           csvField(p.event.reason)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return csv.toUtf8();
}

QString LifecycleDocuments::backPayFormHtml(const QString &name, const QString &idNumber,
                                            const LifecycleEvent &resumption, qint64 monthlyFen)
{
    QString html =
        QStringLiteral(
            "<html><body><h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
            .arg(esc(tr("Resumption and back pay")));
    html += row({tr("Name"), name});
    html += row({tr("ID number"), IdNumber::mask(idNumber)});
    html += row({tr("Reason"), resumption.reason});
    html += row({tr("Payment resumed from"), monthText(resumption.effectiveMonth)});
    html += row({tr("Monthly benefit (yuan)"), yuan(monthlyFen)});
    html += row({tr("Back-paid months"),
                 resumption.months > 0
                     ? tr("%1 to %2 (%3 months)")
                           .arg(monthText(resumption.firstMonth), monthText(resumption.lastMonth))
                           .arg(resumption.months)
                     : tr("none")});
    html += row({tr("Back pay (yuan)"), yuan(resumption.amountFen)});
    html += row({tr("Recorded by"), resumption.actor});
    html += row({tr("Date"), isoDate(resumption.date)});
    return html + QStringLiteral("</table></body></html>");
}

QString LifecycleDocuments::repaymentNoticeHtml(const QString &name, const QString &idNumber,
                                                const LifecycleEvent &notice, const QString &office)
{
    const QString body = tr("%1 (ID number %2): social insurance benefits of %3 yuan were paid for "
                            "the %4 months from %5 to %6 "
                            "after the loss of eligibility (%7). Benefits are due up to and "
                            "including the month of the event; "
                            "the months after it were overpaid. Return %3 yuan by %8, in one "
                            "payment or by an instalment "
                            "agreement with this office. Refusing to repay is reported for "
                            "enforcement and recorded in the "
                            "credit system.")
                             .arg(name, IdNumber::mask(idNumber), yuan(notice.amountFen))
                             .arg(notice.months)
                             .arg(monthText(notice.firstMonth), monthText(notice.lastMonth),
                                  notice.reason, isoDate(notice.deadline));
    return QStringLiteral(
               "<html><body><h2 align=\"center\">%1</h2><p>%2</p><p align=\"right\">%3<br/>%4</p>"
               "</body></html>")
        .arg(esc(tr("Notice to return overpaid social insurance benefits by a deadline")),
             esc(body), esc(office), isoDate(notice.date));
}

} // namespace certdesk
