#pragma once

#include <QString>

namespace adp::app {

// The desktop's look: Fusion in a light or dark palette, or the palette the platform gives
// ("system"). Remembered across starts; applied to the running application at once.
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static Mode saved();
    static void save(Mode mode);
    // Sets Fusion and the mode's palette on the application (the platform's palette is kept from the
    // first call, so switching back to System restores it).
    static void apply(Mode mode);
    static bool isDark(); // whether the palette in use is a dark one
    static QString name(Mode mode);
    static Mode fromName(const QString &name);
};

} // namespace adp::app
