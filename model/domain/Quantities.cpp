#include "Quantities.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace {
constexpr qint64 SecondsPerMinute = 60;
constexpr qint64 SecondsPerHour = 60 * SecondsPerMinute;
constexpr qint64 SecondsPerDay = 24 * SecondsPerHour;
// .NET's TimeSpan.MaxValue is 10675199.02:48:05: keep the days inside it, and the arithmetic
// far from overflow.
constexpr qint64 MaximumDays = 10675199;

struct Unit
{
    const char *symbol;
    int shift; // the unit is 2^shift bytes
};
// Largest first: toString() picks the first that divides exactly.
constexpr std::array<Unit, 3> Units{{{"GB", 30}, {"MB", 20}, {"KB", 10}}};

// The whole number of bytes in "0.<fraction>" units of 2^shift bytes, or nothing when that is not
// a whole number. Doubles the decimal fraction digit by digit, so that it is exact for any length
// of input and cannot overflow.
std::optional<qint64> fractionBytes(const QString &fraction, int shift)
{
    std::vector<int> digits;
    digits.reserve(static_cast<size_t>(fraction.size()));
    for (const QChar c : fraction)
        digits.push_back(c.digitValue());
    qint64 whole = 0;
    for (int i = 0; i < shift; ++i) {
        int carry = 0;
        for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
            const int doubled = *it * 2 + carry;
            *it = doubled % 10;
            carry = doubled / 10;
        }
        whole = whole * 2 + carry;
    }
    if (std::any_of(digits.cbegin(), digits.cend(), [](int digit) { return digit != 0; }))
        return std::nullopt;
    return whole;
}
} // namespace

QString ByteQuantity::toString() const
{
    if (unlimited)
        return QStringLiteral("unlimited");
    if (bytes != 0) {
        for (const Unit &unit : Units) {
            const qint64 size = qint64(1) << unit.shift;
            if (bytes % size == 0)
                return QString::number(bytes / size) + QLatin1String(unit.symbol);
        }
    }
    return QString::number(bytes);
}

// Numbers are grouped by the default QLocale (the system's unless QLocale::setDefault() changed
// it), because this text is for people, next to other localised text.
QString ByteQuantity::toDisplayString() const
{
    if (unlimited)
        return QuantityParser::tr("Unlimited");
    const QLocale locale;
    const QString allBytes = locale.toString(bytes);
    if (bytes != 0) {
        if (bytes % (qint64(1) << 30) == 0)
            return QuantityParser::tr("%1 GB (%2 bytes)").arg(locale.toString(bytes >> 30), allBytes);
        if (bytes % (qint64(1) << 20) == 0)
            return QuantityParser::tr("%1 MB (%2 bytes)").arg(locale.toString(bytes >> 20), allBytes);
        if (bytes % (qint64(1) << 10) == 0)
            return QuantityParser::tr("%1 KB (%2 bytes)").arg(locale.toString(bytes >> 10), allBytes);
    }
    if (bytes == 1)
        return QuantityParser::tr("1 byte");
    return QuantityParser::tr("%1 bytes").arg(allBytes);
}

QString TimeSpan::toString() const
{
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    const qint64 days = magnitude / SecondsPerDay;
    const qint64 rest = magnitude % SecondsPerDay;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(rest / SecondsPerHour, 2, 10, QLatin1Char('0'))
                              .arg(rest % SecondsPerHour / SecondsPerMinute, 2, 10, QLatin1Char('0'))
                              .arg(rest % SecondsPerMinute, 2, 10, QLatin1Char('0'));
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    if (days == 0)
        return sign + clock;
    return sign + QString::number(days) + QLatin1Char('.') + clock;
}

Parsed<ByteQuantity> QuantityParser::parseBytes(const QString &text, const QString &parameter)
{
    const auto failure = [&parameter](const QString &code, const QString &message) {
        return Parsed<ByteQuantity>{std::nullopt, {Problem::error(code, parameter, message)}};
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return failure(QStringLiteral("ByteQuantity.Empty"),
                       tr("%1 is empty. Enter a size such as 10MB, 512KB or 1048576 (bytes), or "
                          "'unlimited'.")
                           .arg(parameter));
    }
    if (trimmed.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0)
        return Parsed<ByteQuantity>{ByteQuantity::makeUnlimited(), {}};

    // ASCII digits only ([0-9], not \d, which matches every script's digits).
    static const QRegularExpression pattern(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?[ \\t]*([KMG]?B)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return failure(QStringLiteral("ByteQuantity.Invalid"),
                       tr("\"%1\" is not a valid size for %2. Enter a whole number of bytes, or a number "
                          "followed by B, KB, MB or GB (for example 10MB or 1.5 KB), or 'unlimited'.")
                           .arg(trimmed, parameter));
    }
    if (!match.captured(1).isEmpty()) {
        return failure(QStringLiteral("ByteQuantity.Negative"),
                       tr("%1 cannot be negative (\"%2\"). Enter a size from 0 to %3 bytes, or 'unlimited'.")
                           .arg(parameter, trimmed, QString::number(ByteQuantity::Maximum)));
    }

    const QString unitSymbol = match.captured(4).toUpper();
    int shift = 0;
    for (const Unit &unit : Units) {
        if (unitSymbol == QLatin1String(unit.symbol))
            shift = unit.shift;
    }

    const auto tooLarge = [&] {
        return failure(QStringLiteral("ByteQuantity.TooLarge"),
                       tr("\"%1\" is too large for %2. The largest size is %3 bytes (just under 2GB); "
                          "enter 'unlimited' for no limit.")
                           .arg(trimmed, parameter, QString::number(ByteQuantity::Maximum)));
    };
    QString integerDigits = match.captured(2);
    while (integerDigits.size() > 1 && integerDigits.front() == QLatin1Char('0'))
        integerDigits.remove(0, 1);
    // More than ten digits are beyond the maximum anyway; checking before shifting keeps the
    // shift from overflowing.
    if (integerDigits.size() > 10)
        return tooLarge();
    const qint64 integerUnits = integerDigits.toLongLong();
    if (integerUnits > (ByteQuantity::Maximum >> shift))
        return tooLarge();
    const qint64 integerBytes = integerUnits << shift;

    const std::optional<qint64> extraBytes = fractionBytes(match.captured(3), shift);
    if (!extraBytes) {
        return failure(QStringLiteral("ByteQuantity.NotWhole"),
                       tr("\"%1\" is not a whole number of bytes. Use a smaller unit or a number that "
                          "gives whole bytes (1.5KB is 1536 bytes; 1.3KB is not).")
                           .arg(trimmed));
    }
    const qint64 bytes = integerBytes + *extraBytes;
    if (bytes > ByteQuantity::Maximum)
        return tooLarge();
    return Parsed<ByteQuantity>{ByteQuantity::fromBytes(bytes), {}};
}

Parsed<TimeSpan> QuantityParser::parseTimeSpan(const QString &text, const QString &parameter)
{
    const auto failure = [&parameter](const QString &code, const QString &message) {
        return Parsed<TimeSpan>{std::nullopt, {Problem::error(code, parameter, message)}};
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return failure(QStringLiteral("TimeSpan.Empty"),
                       tr("%1 is empty. Enter a duration as [days.]hh:mm:ss, for example 00:10:00 for ten "
                          "minutes or 1.00:00:00 for one day.")
                           .arg(parameter));
    }
    static const QRegularExpression pattern(
        QStringLiteral("^(?:([0-9]+)\\.)?([0-9]{2}):([0-9]{2}):([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return failure(QStringLiteral("TimeSpan.Invalid"),
                       tr("\"%1\" is not a valid duration for %2. Write it as [days.]hh:mm:ss with two digits "
                          "for hours, minutes and seconds, for example 00:10:00 or 1.00:00:00.")
                           .arg(trimmed, parameter));
    }

    const auto outOfRange = [&](const QString &message) {
        return failure(QStringLiteral("TimeSpan.FieldOutOfRange"), message);
    };
    QString dayDigits = match.captured(1);
    while (dayDigits.size() > 1 && dayDigits.front() == QLatin1Char('0'))
        dayDigits.remove(0, 1);
    const qint64 days = dayDigits.size() > 9 ? MaximumDays + 1 : dayDigits.toLongLong();
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).toInt();
    const int seconds = match.captured(4).toInt();
    if (days > MaximumDays) {
        return outOfRange(tr("\"%1\" is not a valid duration for %2: the number of days must be at most %3.")
                              .arg(trimmed, parameter, QString::number(MaximumDays)));
    }
    if (hours > 23) {
        return outOfRange(tr("\"%1\" is not a valid duration for %2: the hours must be from 00 to 23 (write a "
                             "whole day as 1.00:00:00).")
                              .arg(trimmed, parameter));
    }
    if (minutes > 59) {
        return outOfRange(tr("\"%1\" is not a valid duration for %2: the minutes must be from 00 to 59.")
                              .arg(trimmed, parameter));
    }
    if (seconds > 59) {
        return outOfRange(tr("\"%1\" is not a valid duration for %2: the seconds must be from 00 to 59.")
                              .arg(trimmed, parameter));
    }
    return Parsed<TimeSpan>{
        TimeSpan::fromSeconds(days * SecondsPerDay + hours * SecondsPerHour + minutes * SecondsPerMinute + seconds),
        {}};
}
