#include "CheckoutSnapshot.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QtEndian>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace adp::server::runner {

namespace {

// git's index, version 2 (Documentation/gitformat-index.txt): a 12-byte header, entries of 62
// bytes and a NUL-padded path, extensions, and a SHA-1 of everything before it.
constexpr qsizetype kHeaderBytes = 12;
constexpr qsizetype kEntryFixedBytes = 62;
constexpr qsizetype kHashBytes = 20;
constexpr qsizetype kMaxIndexBytes = 4 * 1024 * 1024;
constexpr quint16 kExtendedFlag = 0x4000;
constexpr quint16 kStageMask = 0x3000;
constexpr quint32 kRegular = 0100644;
constexpr quint32 kExecutable = 0100755;
constexpr quint32 kLink = 0120000;

quint32 be32At(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

void putBe32(QByteArray &data, qsizetype at, quint64 value)
{
    qToBigEndian<quint32>(quint32(value), data.data() + at); // git keeps the low 32 bits
}

QByteArray sha1(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1);
}

QByteArray blobId(const QByteArray &content)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray("blob " + QByteArray::number(content.size()) + '\0'));
    hash.addData(content);
    return hash.result();
}

// What git itself would check out: relative, no empty, "." or ".." part, nothing inside a .git.
bool plainPath(const QByteArray &path)
{
    if (path.isEmpty() || path.startsWith('/'))
        return false;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == "." || part == ".." || part.compare(".git", Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

std::optional<QByteArray> readFile(const QByteArray &path, qsizetype maxBytes)
{
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
        return std::nullopt;
    QByteArray content = file.readAll();
    if (content.size() != file.size())
        return std::nullopt;
    return content;
}

// A regular file's content or a link's target, as the entry's mode says it must be.
std::optional<QByteArray> contentOf(const QByteArray &path, quint32 mode, qsizetype maxBytes)
{
    struct stat status
    {
    };
    if (::lstat(path.constData(), &status) != 0 || status.st_size > maxBytes)
        return std::nullopt;
    if (mode == kLink) {
        if (!S_ISLNK(status.st_mode))
            return std::nullopt;
        QByteArray target(qsizetype(status.st_size), Qt::Uninitialized);
        if (::readlink(path.constData(), target.data(), size_t(target.size())) != ssize_t(target.size()))
            return std::nullopt;
        return target;
    }
    if (!S_ISREG(status.st_mode))
        return std::nullopt;
    return readFile(path, maxBytes);
}

// The reflog line of the checkout, stamped now: "<old> <new> <who> <seconds> <zone>\t<message>".
QByteArray restamped(const QByteArray &reflog)
{
    const qsizetype tab = reflog.indexOf('\t');
    const qsizetype zone = tab > 0 ? reflog.lastIndexOf(' ', tab - 1) : -1;
    const qsizetype seconds = zone > 0 ? reflog.lastIndexOf(' ', zone - 1) : -1;
    if (seconds < 0 || reflog.count('\n') != 1)
        return reflog;
    return reflog.left(seconds + 1) + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + reflog.mid(zone);
}

bool makeParents(const QByteArray &root, const QByteArray &path, QSet<QByteArray> &made)
{
    for (qsizetype slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        const QByteArray directory = path.left(slash);
        if (made.contains(directory))
            continue;
        if (::mkdir(QByteArray(root + '/' + directory).constData(), 0777) != 0 && errno != EEXIST)
            return false;
        made.insert(directory);
    }
    return true;
}

bool writeAll(int fd, const QByteArray &content)
{
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t now = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (now < 0 && errno == EINTR)
            continue;
        if (now <= 0)
            return false;
        written += now;
    }
    return true;
}

// Creates the entry's file or link (never through an existing one) and returns its stat data.
std::optional<struct stat> create(const QByteArray &path, quint32 mode, const QByteArray &content)
{
    struct stat status
    {
    };
    if (mode == kLink) {
        if (::symlink(content.constData(), path.constData()) != 0 || ::lstat(path.constData(), &status) != 0)
            return std::nullopt;
        return status;
    }
    // As git: 0666 or 0777 less the umask.
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          mode == kExecutable ? 0777 : 0666);
    if (fd < 0)
        return std::nullopt;
    const bool ok = writeAll(fd, content) && ::fstat(fd, &status) == 0;
    ::close(fd);
    return ok ? std::optional<struct stat>(status) : std::nullopt;
}

bool replaceFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

std::optional<CheckoutSnapshot> CheckoutSnapshot::read(const QString &workspace, const Limits &limits)
{
    const QByteArray root = QFile::encodeName(QDir(workspace).absolutePath());
    CheckoutSnapshot snapshot;
    const auto index = readFile(root + "/.git/index", kMaxIndexBytes);
    if (!index || index->size() < kHeaderBytes + kHashBytes || !index->startsWith("DIRC") || be32At(*index, 4) != 2)
        return std::nullopt;
    const qsizetype end = index->size() - kHashBytes;
    if (sha1(QByteArrayView(*index).first(end)) != index->mid(end))
        return std::nullopt;
    const quint32 count = be32At(*index, 8);
    if (count > quint32(limits.maxFiles))
        return std::nullopt;
    qsizetype offset = kHeaderBytes;
    qsizetype contentBytes = 0;
    for (quint32 i = 0; i < count; ++i) {
        if (offset + kEntryFixedBytes > end)
            return std::nullopt;
        const quint32 mode = be32At(*index, offset + 24);
        const quint16 flags = qFromBigEndian<quint16>(index->constData() + offset + 60);
        const qsizetype nul = index->indexOf('\0', offset + kEntryFixedBytes);
        if ((flags & (kExtendedFlag | kStageMask)) != 0 || nul < 0 || nul >= end ||
            (mode != kRegular && mode != kExecutable && mode != kLink))
            return std::nullopt;
        const QByteArray path = index->mid(offset + kEntryFixedBytes, nul - offset - kEntryFixedBytes);
        if (!plainPath(path))
            return std::nullopt;
        const auto content = contentOf(root + '/' + path, mode, limits.maxBytes - contentBytes);
        if (!content || blobId(*content) != index->mid(offset + 40, kHashBytes))
            return std::nullopt;
        contentBytes += content->size();
        snapshot.m_entries.append({offset, path, mode, *content});
        offset += (kEntryFixedBytes + path.size() + 8) & ~qsizetype(7);
    }
    // Extensions git may ignore start with a capital letter (a cache of trees); any other is refused.
    while (offset < end) {
        if (offset + 8 > end || (*index)[offset] < 'A' || (*index)[offset] > 'Z')
            return std::nullopt;
        offset += 8 + qsizetype(be32At(*index, offset + 4));
    }
    if (offset != end)
        return std::nullopt;
    const auto head = readFile(root + "/.git/HEAD", 64);
    if (!head || head->size() != 41 || !head->endsWith('\n'))
        return std::nullopt;
    snapshot.m_index = *index;
    snapshot.m_head = *head;
    snapshot.m_reflog = readFile(root + "/.git/logs/HEAD", 64 * 1024).value_or(QByteArray());
    return snapshot;
}

bool CheckoutSnapshot::write(const QString &workspace, QString *error) const
{
    const QString absolute = QDir(workspace).absolutePath();
    const QByteArray root = QFile::encodeName(absolute);
    QByteArray index = m_index;
    QSet<QByteArray> made;
    for (const Entry &entry : m_entries) {
        const auto status = makeParents(root, entry.path, made)
                                ? create(root + '/' + entry.path, entry.mode, entry.content)
                                : std::nullopt;
        if (!status) {
            *error = QStringLiteral("%1 cannot be written: %2")
                         .arg(QString::fromUtf8(entry.path), QString::fromLocal8Bit(::strerror(errno)));
            return false;
        }
        putBe32(index, entry.offset, quint64(status->st_ctim.tv_sec));
        putBe32(index, entry.offset + 4, quint64(status->st_ctim.tv_nsec));
        putBe32(index, entry.offset + 8, quint64(status->st_mtim.tv_sec));
        putBe32(index, entry.offset + 12, quint64(status->st_mtim.tv_nsec));
        putBe32(index, entry.offset + 16, quint64(status->st_dev));
        putBe32(index, entry.offset + 20, quint64(status->st_ino));
        putBe32(index, entry.offset + 28, quint64(status->st_uid));
        putBe32(index, entry.offset + 32, quint64(status->st_gid));
        putBe32(index, entry.offset + 36, quint64(status->st_size));
    }
    const qsizetype end = index.size() - kHashBytes;
    index.replace(end, kHashBytes, sha1(QByteArrayView(index).first(end)));
    const QString dotGit = absolute + QStringLiteral("/.git");
    const bool written =
        replaceFile(dotGit + QStringLiteral("/HEAD"), m_head) &&
        (m_reflog.isEmpty() || (QDir().mkpath(dotGit + QStringLiteral("/logs")) &&
                                replaceFile(dotGit + QStringLiteral("/logs/HEAD"), restamped(m_reflog)))) &&
        replaceFile(dotGit + QStringLiteral("/index"), index);
    if (!written)
        *error = QStringLiteral("the workspace's .git cannot be written");
    return written;
}

qsizetype CheckoutSnapshot::bytes() const
{
    qsizetype total = m_index.size() + m_head.size() + m_reflog.size();
    for (const Entry &entry : m_entries)
        total += entry.path.size() + entry.content.size() + qsizetype(sizeof(Entry));
    return total;
}

} // namespace adp::server::runner
