#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Turns the bytes of a script file or of standard input into text, as PowerShell reads a file:
// a byte-order mark selects UTF-8, UTF-16 LE or UTF-16 BE (and is dropped); without one the bytes
// are UTF-8 when they are valid UTF-8, and Windows-1252 otherwise (what PowerShell does with a
// file without a BOM on a Western Windows). Nothing is ever replaced by U+FFFD: every byte of
// Windows-1252 has a character. "\r\n" becomes "\n". See docs/shell-language.md.
//
// Used whole (decode) for a script, or as a stream of lines (append/takeLine/takeRest) for
// standard input, where the answers to prompts follow the commands and must be read one line at
// a time. In a stream without a BOM each line is judged on its own (UTF-8 if valid, else 1252).
class ScriptDecoder
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

    // The whole text; `found` (when given) receives the encoding that was used.
    static QString decode(QByteArrayView bytes, Encoding *found = nullptr);

    // Windows-1252: Latin-1 except 0x80–0x9F (the five bytes 1252 leaves undefined map to the
    // C1 control characters of the same value, as Windows does).
    static QString fromWindows1252(QByteArrayView bytes);

    // Streaming: bytes as they arrive.
    void append(QByteArrayView bytes);
    // The next complete line (without its line break), or nothing when no full line is buffered.
    std::optional<QString> takeLine();
    // At the end of the input (or when a terminal hands over a line without Enter): the buffered
    // bytes as a last line, or nothing when none are left.
    std::optional<QString> takeRest();
    // Whether an encoding has been settled (a BOM seen, or enough bytes to know there is none).
    std::optional<Encoding> encoding() const { return m_encoding; }

private:
    void detect(bool atEnd);
    QString decodeLine(QByteArrayView bytes) const;

    QByteArray m_buffer;
    qsizetype m_start = 0;    // bytes of m_buffer already handed out (dropped in bulk, not per line)
    qsizetype m_searched = 0; // bytes already searched for a line break: a long line is scanned once
    std::optional<Encoding> m_encoding;
};
