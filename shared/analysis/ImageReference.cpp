#include "ImageReference.h"

namespace adp::shared::analysis {

ImageReference::Pin ImageReference::pinOf(const QString &image)
{
    const QString name = image.trimmed();
    if (name.contains(u'@'))
        return Pin::Digest;
    // A tag follows the last ':' after the last '/' (a registry's port comes before a '/').
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon <= slash)
        return name.contains(u'$') ? Pin::Tag : Pin::None; // a variable may carry the tag
    return name.mid(colon + 1) == u"latest" ? Pin::Latest : Pin::Tag;
}

} // namespace adp::shared::analysis
