#pragma once

#include <QDate>

namespace certdesk
{

// Today's date in this computer's time zone, as QDate::currentDate() gives it,
// without asking the C library for the zone on every call: glibc reads the
// zone file again each time (3.4 µs a call here), and a push of 10,000 events
// asked for today several times per event (issue 19 point 1). The date is
// taken again at local midnight, and at least once a second so a clock or
// zone changed by hand is followed.
QDate localToday();

} // namespace certdesk
