#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace certdesk
{

// One home to visit on a day's route.
struct RouteStop {
    QString name;
    QString idNumber; // canonical; printed masked
    QString address;
    QString phone;
    QDate dueOn;
};

// A printable day route sheet (上门认证路线单) for the worker going out: who,
// where, what to check, and an empty box per stop to write the result in.
class VisitRouteSheet
{
    Q_DECLARE_TR_FUNCTIONS(VisitRouteSheet)
public:
    static QString html(const QList<RouteStop> &stops, const QDate &day, const QString &worker);
    // A4 PDF through QTextDocument; false with *error when the file cannot be written.
    static bool writePdf(const QString &html, const QString &path, QString *error = nullptr);
};

} // namespace certdesk
