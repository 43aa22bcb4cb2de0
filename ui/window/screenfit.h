#pragma once

#include <QSize>

class QScrollArea;
class QWidget;

namespace certdesk
{

// Window sizes from the screen, not fixed pixels (issue 17: a 1500x860 main
// window and 1000x800 print preview ran off a 1366x768 office screen). The
// available area is the screen's less the taskbar; a window's title bar and
// borders are allowed for before it is shown (Frame).
namespace ScreenFit
{
inline constexpr QSize Frame{16, 40};

// `wanted` limited to the available area of the screen `w` is (or will be) on.
QSize fitted(const QWidget *w, const QSize &wanted);
// resize(fitted(w, wanted)).
void resize(QWidget *w, const QSize &wanted);
// Moves and shrinks `w` so that its frame lies inside the available area (a
// geometry remembered on a larger screen).
void keepInside(QWidget *w);
// A scroll area gives its widget the height that widget asks for at its width
// (QScrollArea ignores height-for-width: a wrapped label, e.g. an English address
// beside a longer field name, kept the height of one line and was cut).
void followWrappedHeight(QScrollArea *area);
} // namespace ScreenFit

} // namespace certdesk
