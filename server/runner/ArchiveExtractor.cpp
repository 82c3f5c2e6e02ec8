#include "ArchiveExtractor.h"

#include <QDir>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace adp::server::runner {

namespace {

using ArchivePtr = std::unique_ptr<archive, int (*)(archive *)>;

// Absolute member names are refused before they get here; the names passed on are the workspace's
// (canonical, so without links of its own) plus the member's, which the secure flags check for links and `..`.
constexpr int kExtractFlags =
    ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM;

QString errorOf(archive *handle)
{
    const char *message = archive_error_string(handle);
    return message ? QString::fromUtf8(message) : QStringLiteral("unknown archive error");
}

// Copies one member's data blocks from the reader to the writer.
std::optional<QString> copyData(archive *reader, archive *writer)
{
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    while (true) {
        const int status = archive_read_data_block(reader, &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            return std::nullopt;
        if (status < ARCHIVE_OK)
            return errorOf(reader);
        if (archive_write_data_block(writer, block, size, offset) < ARCHIVE_OK)
            return errorOf(writer);
    }
}

} // namespace

std::optional<QString> ArchiveExtractor::extract(const QString &archivePath, const QString &directory)
{
    ArchivePtr reader(archive_read_new(), archive_read_free);
    ArchivePtr writer(archive_write_disk_new(), archive_write_free);
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_write_disk_set_options(writer.get(), kExtractFlags);
    archive_write_disk_set_standard_lookup(writer.get());
    if (archive_read_open_filename(reader.get(), QFile::encodeName(archivePath).constData(), 64 * 1024) != ARCHIVE_OK)
        return errorOf(reader.get());
    // The canonical path: libarchive checks every component for links, the workspace's own parents too.
    const QByteArray root = QFile::encodeName(QFileInfo(directory).canonicalFilePath()) + '/';
    if (root.size() < 2)
        return QStringLiteral("%1 does not exist").arg(directory);
    archive_entry *entry = nullptr;
    while (true) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return errorOf(reader.get());
        const QByteArray name = archive_entry_pathname(entry);
        // Members are relative to the workspace; libarchive resolves them against the
        // working directory, so make them absolute under it instead of changing directory
        // (which is process-wide and would race with other workers). The secure flags
        // still check every component below the root for links and `..`.
        if (name.startsWith('/'))
            return QStringLiteral("%1: an absolute path is not allowed").arg(QString::fromUtf8(name));
        archive_entry_set_pathname(entry, QByteArray(root + name).constData());
        if (const char *hardlink = archive_entry_hardlink(entry)) {
            const QByteArray target(hardlink);
            if (target.startsWith('/') || target == ".." || target.startsWith("../") || target.contains("/../"))
                return QStringLiteral("%1: a hard link out of the workspace is not allowed")
                    .arg(QString::fromUtf8(name));
            archive_entry_set_hardlink(entry, QByteArray(root + target).constData());
        }
        // Plain permission bits only: a set-user-ID file from a job stays an ordinary one.
        archive_entry_set_perm(entry, archive_entry_perm(entry) & 0777);
        if (archive_write_header(writer.get(), entry) < ARCHIVE_OK)
            return QStringLiteral("%1: %2").arg(QString::fromUtf8(name), errorOf(writer.get()));
        if (archive_entry_size(entry) > 0) {
            if (const auto error = copyData(reader.get(), writer.get()))
                return QStringLiteral("%1: %2").arg(QString::fromUtf8(name), *error);
        }
        if (archive_write_finish_entry(writer.get()) < ARCHIVE_OK)
            return QStringLiteral("%1: %2").arg(QString::fromUtf8(name), errorOf(writer.get()));
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return errorOf(writer.get());
    return std::nullopt;
}

} // namespace adp::server::runner
