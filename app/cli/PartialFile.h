#pragma once

#include <QCoreApplication>
#include <QFile>

namespace adp::cli {

// A download written beside its name (NAME.part) and renamed once whole: a cut transfer never
// leaves a file that looks done.
class PartialFile
{
    Q_DECLARE_TR_FUNCTIONS(PartialFile)

public:
    explicit PartialFile(const QString &path)
        : m_path(path)
        , m_file(path + QStringLiteral(".part"))
    {
    }
    ~PartialFile()
    {
        if (!m_kept)
            m_file.remove();
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    // False with `error` set when it cannot be written.
    bool open(QString *error)
    {
        if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return true;
        *error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    QIODevice *device() { return &m_file; }
    // Whole and checked: it takes its name (replacing what had it).
    bool keep(QString *error)
    {
        m_file.close();
        QFile::remove(m_path);
        if (!QFile::rename(m_file.fileName(), m_path)) {
            *error = tr("Cannot rename %1 to %2").arg(m_file.fileName(), m_path);
            return false;
        }
        m_kept = true;
        return true;
    }

private:
    QString m_path;
    QFile m_file;
    bool m_kept = false;
};

} // namespace adp::cli
