#pragma once

#include <QString>

namespace adp::shared::analysis {

// How a container image is named: pinned by digest, by a version tag, by :latest, or not at all.
struct ImageReference
{
    enum class Pin { Digest, Tag, Latest, None };
    static Pin pinOf(const QString &image);
};

} // namespace adp::shared::analysis
