#pragma once

#include <QIcon>

namespace adp::app::icons {

// One of the desktop's drawn icons (resources/icons/NAME.svg), painted in the palette's text
// colour at whatever size and device pixel ratio is asked: crisp on high-DPI screens, and the
// dark theme's variant is the same drawing in the dark palette's colour.
QIcon named(const QString &name);

} // namespace adp::app::icons
