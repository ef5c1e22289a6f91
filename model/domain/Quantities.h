#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QString>

// A byte count as Exchange's MaxMessageSize takes it: "20MB", "10 KB", "1GB", "512", "unlimited".
struct ByteQuantity
{
    static constexpr qint64 Maximum = 2147483647; // bytes; the largest MaxMessageSize Exchange takes

    bool unlimited = false;
    qint64 bytes = 0;

    static ByteQuantity fromBytes(qint64 bytes) { return ByteQuantity{false, bytes}; }
    static ByteQuantity makeUnlimited() { return ByteQuantity{true, 0}; }

    // The shortest exact shell form: "20MB", "1536KB", "1000" (bytes), "unlimited".
    QString toString() const;
    // For people: "20 MB (20,971,520 bytes)" / "Unlimited". Translated.
    QString toDisplayString() const;

    friend bool operator==(const ByteQuantity &a, const ByteQuantity &b)
    {
        return a.unlimited == b.unlimited && (a.unlimited || a.bytes == b.bytes);
    }
    friend bool operator!=(const ByteQuantity &a, const ByteQuantity &b) { return !(a == b); }
};

// A duration in Exchange's "[d.]hh:mm:ss" form.
struct TimeSpan
{
    qint64 seconds = 0;

    static TimeSpan fromSeconds(qint64 s) { return TimeSpan{s}; }
    // "00:10:00", "1.00:00:00".
    QString toString() const;

    friend bool operator==(const TimeSpan &a, const TimeSpan &b) { return a.seconds == b.seconds; }
    friend bool operator!=(const TimeSpan &a, const TimeSpan &b) { return !(a == b); }
};

class QuantityParser
{
    Q_DECLARE_TR_FUNCTIONS(QuantityParser)
public:
    // Units B, KB, MB, GB (1024-based, case-insensitive, optional space, optional trailing "B"
    // forms as the shell takes: "20MB", "20 MB", "20mb"); "unlimited" in any case. Range
    // 0..ByteQuantity::Maximum. Codes: "ByteQuantity.Empty", "ByteQuantity.Invalid",
    // "ByteQuantity.Negative", "ByteQuantity.TooLarge", "ByteQuantity.NotWhole" ("1.5MB" that is
    // not a whole number of bytes).
    static Parsed<ByteQuantity> parseBytes(const QString &text, const QString &parameter);

    // "[d.]hh:mm:ss" with hh 0-23, mm and ss 0-59. Codes: "TimeSpan.Empty", "TimeSpan.Invalid",
    // "TimeSpan.FieldOutOfRange". Range checks of a particular parameter are the caller's.
    static Parsed<TimeSpan> parseTimeSpan(const QString &text, const QString &parameter);
};
