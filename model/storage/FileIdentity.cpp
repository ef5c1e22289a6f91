#include "FileIdentity.h"

#include <QFile>

#include <sys/stat.h>

ContentHash::ContentHash(quint64 seed)
    : m_state(XXH64_createState(), &XXH64_freeState)
{
    if (!m_state)
        qFatal("ContentHash: out of memory");
    XXH64_reset(m_state.get(), seed);
}

void ContentHash::add(const char *data, qsizetype size)
{
    XXH64_update(m_state.get(), data, static_cast<size_t>(size));
}

quint64 ContentHash::result() const
{
    return XXH64_digest(m_state.get());
}

quint64 ContentHash::of(const QByteArray &bytes)
{
    return XXH64(bytes.constData(), static_cast<size_t>(bytes.size()), 0);
}

std::optional<FileIdentity> FileIdentity::status(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    FileIdentity identity;
    identity.device = quint64(status.st_dev);
    identity.inode = quint64(status.st_ino);
    identity.size = qint64(status.st_size);
    identity.modifiedSeconds = qint64(status.st_mtim.tv_sec);
    identity.modifiedNanoseconds = qint64(status.st_mtim.tv_nsec);
    return identity;
}

std::optional<quint64> FileIdentity::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    constexpr qint64 PieceSize = 1 << 20;
    QByteArray piece(PieceSize, Qt::Uninitialized);
    ContentHash hash;
    for (;;) {
        const qint64 read = file.read(piece.data(), PieceSize);
        if (read < 0)
            return std::nullopt;
        if (read == 0)
            break;
        hash.add(piece.constData(), read);
    }
    return hash.result();
}
