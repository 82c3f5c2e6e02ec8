#pragma once

#include <QString>
#include <optional>

namespace adp::server::runner {

// Unpacks a tar.gz that a job made (artifacts, caches) into a workspace with
// libarchive's secure extraction: a member whose path crosses a symbolic link
// already on disk, names `..` or is absolute is refused, links are created as
// links and never followed, owners and special permissions are not restored.
// Archives come from untrusted jobs: two archives unpacked one after the other
// (a link `slip -> /` from one, `slip/file` from the next) must not write outside.
class ArchiveExtractor
{
public:
    // nullopt on success, else what was refused or failed (the workspace may hold
    // the members unpacked before the refused one; the job does not run then).
    static std::optional<QString> extract(const QString &archivePath, const QString &directory);
};

} // namespace adp::server::runner
