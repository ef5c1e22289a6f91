#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

#include <xxhash.h>

// A fast 64-bit hash of a file's bytes (XXH64, from Debian's libxxhash), fed piece by piece. It tells whether
// a file still holds the bytes a store read or wrote (docs/organization-file.md#caching); it is
// no security measure: whoever may write the file may change it anyway. Chosen over
// QCryptographicHash because SHA-1 or SHA-256 in software hash about 0.5 GB/s, which would add
// tens of milliseconds to every change of a 20 MB file, where this hashes several GB/s; a
// 64-bit hash misses an accidental change once in 2^64.
class ContentHash
{
public:
    explicit ContentHash(quint64 seed = 0);
    void add(const char *data, qsizetype size);
    void add(const QByteArray &bytes) { add(bytes.constData(), bytes.size()); }
    quint64 result() const;

    static quint64 of(const QByteArray &bytes);

private:
    std::unique_ptr<XXH64_state_t, XXH_errorcode (*)(XXH64_state_t *)> m_state;
};

// Which file a path leads to, and in which state: its device and inode (a file replaced by a
// rename has a new inode), its size, its modification time to the nanosecond, and the hash of
// its bytes. Two identities are the same file unchanged when all of these are equal; the hash
// catches what the others miss (a file rewritten in place with the same size within one tick of
// the file system's clock, or with its modification time set back).
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 modifiedSeconds = 0;
    qint64 modifiedNanoseconds = 0;
    quint64 hash = 0;

    // Everything but the hash: what one stat() tells.
    bool sameStatus(const FileIdentity &other) const
    {
        return device == other.device && inode == other.inode && size == other.size
            && modifiedSeconds == other.modifiedSeconds && modifiedNanoseconds == other.modifiedNanoseconds;
    }

    // The file's status (symbolic links followed), without its hash; nullopt when stat() fails.
    static std::optional<FileIdentity> status(const QString &path);
    // The hash of the file's bytes as they are now, read in pieces (never mapped: a file cut
    // short meanwhile would crash a reader of its mapping); nullopt when it cannot be read.
    static std::optional<quint64> hashFile(const QString &path);
};
