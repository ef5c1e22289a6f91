#include "ScriptDecoder.h"

#include <QStringDecoder>

#include <algorithm>

namespace {

// Windows-1252's characters for the bytes 0x80–0x9F; the rest of the code page is Latin-1.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const QByteArrayView Utf8Bom("\xEF\xBB\xBF", 3);
const QByteArrayView Utf16LeBom("\xFF\xFE", 2);
const QByteArrayView Utf16BeBom("\xFE\xFF", 2);

// UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.
QString utf8OrWindows1252(QByteArrayView bytes, bool *wasUtf8 = nullptr)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    const bool valid = !utf8.hasError();
    if (wasUtf8)
        *wasUtf8 = valid;
    return valid ? text : ScriptDecoder::fromWindows1252(bytes);
}

QString utf16(QByteArrayView bytes, bool littleEndian)
{
    QString text;
    text.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const auto a = uchar(bytes[i]);
        const auto b = uchar(bytes[i + 1]);
        text += QChar(littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b));
    }
    if (bytes.size() % 2)
        text += QChar(0xFFFD); // half a code unit cannot be a character
    return text;
}

void dropCarriageReturns(QString &text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

} // namespace

QString ScriptDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = uchar(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? QChar(Windows1252High[byte - 0x80]) : QChar(byte);
    }
    return text;
}

QString ScriptDecoder::decode(QByteArrayView bytes, Encoding *found)
{
    Encoding encoding = Encoding::Utf8;
    QString text;
    if (bytes.startsWith(Utf8Bom)) {
        encoding = Encoding::Utf8WithBom;
        text = utf8OrWindows1252(bytes.sliced(3));
    } else if (bytes.startsWith(Utf16LeBom)) {
        encoding = Encoding::Utf16LittleEndian;
        text = utf16(bytes.sliced(2), true);
    } else if (bytes.startsWith(Utf16BeBom)) {
        encoding = Encoding::Utf16BigEndian;
        text = utf16(bytes.sliced(2), false);
    } else {
        bool wasUtf8 = true;
        text = utf8OrWindows1252(bytes, &wasUtf8);
        encoding = wasUtf8 ? Encoding::Utf8 : Encoding::Windows1252;
    }
    dropCarriageReturns(text);
    if (found)
        *found = encoding;
    return text;
}

void ScriptDecoder::append(QByteArrayView bytes)
{
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_searched = std::max<qsizetype>(m_searched - m_start, 0);
        m_start = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
    detect(false);
}

void ScriptDecoder::detect(bool atEnd)
{
    if (m_encoding)
        return;
    if (m_buffer.startsWith(Utf8Bom)) {
        m_encoding = Encoding::Utf8WithBom;
        m_buffer.remove(0, 3);
    } else if (m_buffer.startsWith(Utf16LeBom)) {
        m_encoding = Encoding::Utf16LittleEndian;
        m_buffer.remove(0, 2);
    } else if (m_buffer.startsWith(Utf16BeBom)) {
        m_encoding = Encoding::Utf16BigEndian;
        m_buffer.remove(0, 2);
    } else if (atEnd || m_buffer.size() >= 3
               || (!Utf8Bom.startsWith(m_buffer) && !Utf16LeBom.startsWith(m_buffer)
                   && !Utf16BeBom.startsWith(m_buffer))) {
        m_encoding = Encoding::Utf8;
    }
}

QString ScriptDecoder::decodeLine(QByteArrayView bytes) const
{
    QString text;
    switch (m_encoding.value_or(Encoding::Utf8)) {
    case Encoding::Utf16LittleEndian: text = utf16(bytes, true); break;
    case Encoding::Utf16BigEndian: text = utf16(bytes, false); break;
    default: text = utf8OrWindows1252(bytes); break;
    }
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

std::optional<QString> ScriptDecoder::takeLine()
{
    if (!m_encoding)
        return std::nullopt;
    qsizetype end = -1;
    qsizetype breakLength = 1;
    if (m_encoding == Encoding::Utf16LittleEndian || m_encoding == Encoding::Utf16BigEndian) {
        const bool little = m_encoding == Encoding::Utf16LittleEndian;
        breakLength = 2;
        // Code units start at even offsets from m_start.
        const qsizetype from = m_start + std::max<qsizetype>(m_searched - m_start, 0) / 2 * 2;
        for (qsizetype i = from; i + 1 < m_buffer.size(); i += 2) {
            if (m_buffer.at(i + (little ? 0 : 1)) == '\n' && m_buffer.at(i + (little ? 1 : 0)) == '\0') {
                end = i;
                break;
            }
        }
    } else {
        end = m_buffer.indexOf('\n', std::max(m_start, m_searched));
    }
    if (end < 0) {
        m_searched = m_buffer.size();
        return std::nullopt;
    }
    const QString line = decodeLine(QByteArrayView(m_buffer).sliced(m_start, end - m_start));
    m_start = end + breakLength;
    m_searched = m_start;
    return line;
}

std::optional<QString> ScriptDecoder::takeRest()
{
    detect(true);
    if (std::optional<QString> line = takeLine())
        return line;
    if (m_start >= m_buffer.size())
        return std::nullopt;
    const QString line = decodeLine(QByteArrayView(m_buffer).sliced(m_start));
    m_buffer.clear();
    m_start = 0;
    m_searched = 0;
    return line;
}
