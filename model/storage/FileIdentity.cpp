#include "FileIdentity.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

#include <sys/stat.h>

namespace {

constexpr quint64 Prime1 = 0x9E3779B185EBCA87ULL;
constexpr quint64 Prime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr quint64 Prime3 = 0x165667B19E3779F9ULL;
constexpr quint64 Prime4 = 0x85EBCA77C2B2AE63ULL;
constexpr quint64 Prime5 = 0x27D4EB2F165667C5ULL;

constexpr quint64 rotateLeft(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

quint64 read64(const char *data)
{
    return qFromLittleEndian<quint64>(data);
}

quint64 read32(const char *data)
{
    return qFromLittleEndian<quint32>(data);
}

quint64 round(quint64 accumulator, quint64 input)
{
    accumulator += input * Prime2;
    accumulator = rotateLeft(accumulator, 31);
    return accumulator * Prime1;
}

quint64 merge(quint64 accumulator, quint64 lane)
{
    accumulator ^= round(0, lane);
    return accumulator * Prime1 + Prime4;
}

} // namespace

ContentHash::ContentHash(quint64 seed)
    : m_lanes{seed + Prime1 + Prime2, seed + Prime2, seed, seed - Prime1}
    , m_seed(seed)
{
}

void ContentHash::consumeStripe(const char *stripe)
{
    m_lanes[0] = round(m_lanes[0], read64(stripe));
    m_lanes[1] = round(m_lanes[1], read64(stripe + 8));
    m_lanes[2] = round(m_lanes[2], read64(stripe + 16));
    m_lanes[3] = round(m_lanes[3], read64(stripe + 24));
}

void ContentHash::add(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    m_total += quint64(size);
    if (m_pendingSize > 0) {
        const qsizetype taken = qMin<qsizetype>(size, 32 - m_pendingSize);
        std::memcpy(m_pending + m_pendingSize, data, size_t(taken));
        m_pendingSize += int(taken);
        data += taken;
        size -= taken;
        if (m_pendingSize < 32)
            return;
        consumeStripe(m_pending);
        m_pendingSize = 0;
    }
    for (; size >= 32; data += 32, size -= 32)
        consumeStripe(data);
    std::memcpy(m_pending, data, size_t(size));
    m_pendingSize = int(size);
}

quint64 ContentHash::result() const
{
    quint64 hash;
    if (m_total >= 32) {
        hash = rotateLeft(m_lanes[0], 1) + rotateLeft(m_lanes[1], 7) + rotateLeft(m_lanes[2], 12)
            + rotateLeft(m_lanes[3], 18);
        for (const quint64 lane : m_lanes)
            hash = merge(hash, lane);
    } else {
        hash = m_seed + Prime5;
    }
    hash += m_total;
    const char *rest = m_pending;
    int left = m_pendingSize;
    for (; left >= 8; rest += 8, left -= 8) {
        hash ^= round(0, read64(rest));
        hash = rotateLeft(hash, 27) * Prime1 + Prime4;
    }
    if (left >= 4) {
        hash ^= read32(rest) * Prime1;
        hash = rotateLeft(hash, 23) * Prime2 + Prime3;
        rest += 4;
        left -= 4;
    }
    for (; left > 0; ++rest, --left) {
        hash ^= quint64(static_cast<unsigned char>(*rest)) * Prime5;
        hash = rotateLeft(hash, 11) * Prime1;
    }
    hash ^= hash >> 33;
    hash *= Prime2;
    hash ^= hash >> 29;
    hash *= Prime3;
    hash ^= hash >> 32;
    return hash;
}

quint64 ContentHash::of(const QByteArray &bytes)
{
    ContentHash hash;
    hash.add(bytes);
    return hash.result();
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
