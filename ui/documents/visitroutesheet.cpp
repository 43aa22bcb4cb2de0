#include "documents/visitroutesheet.h"

#include "archive/pdfoutput.h"
#include "domain/idnumber.h"

namespace certdesk
{

namespace
{
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString VisitRouteSheet::html(const QList<RouteStop> &stops, const QDate &day,
                              const QString &worker)
{
    const QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h2>%1</h2>")
               .arg(esc(tr("Home-visit route for %1").arg(day.toString(dateFormat))));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(tr("Worker: %1    Stops: %2").arg(worker).arg(stops.size())));
    out +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr(
                "At each stop: check the ID card, compare the person with the ID card photo, and "
                "photograph the person holding the card.")));
    out +=
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    out += QStringLiteral(
               "<tr><th width=\"4%\">#</th><th width=\"27%\">%1</th><th width=\"25%\">%2</th>"
               "<th width=\"17%\">%3</th><th width=\"27%\">%4</th></tr>")
               .arg(esc(tr("Person")), esc(tr("Address")), esc(tr("Phone / due")),
                    esc(tr("Result (write here)")));
    int n = 0;
    for (const RouteStop &s : stops) {
        ++n;
        const QString due =
            s.dueOn.isValid() ? tr("due %1").arg(s.dueOn.toString(dateFormat)) : QString();
        out += QStringLiteral("<tr><td>%1</td><td style=\"white-space: "
                              "nowrap;\"><b>%2</b><br/>%3</td><td>%4</td><td style=\"white-space: "
                              "nowrap;\">%5<br/>%6</td>"
                              "<td>%7<br/><br/><br/></td></tr>")
                   .arg(QString::number(n), esc(s.name), esc(IdNumber::mask(s.idNumber)),
                        esc(s.address), esc(s.phone), esc(due),
                        esc(tr("□ alive, photo taken   □ not at home   □ other:")));
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

bool VisitRouteSheet::writePdf(const QString &html, const QString &path, QString *error)
{
    return PdfOutput::writeHtml(path, tr("Home-visit route"), html, error);
}

} // namespace certdesk
