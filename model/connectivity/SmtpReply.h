#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

// Reads one SMTP reply (RFC 5321 §4.2: "250-first", "250 last") from the bytes a server sent,
// with hard limits on the line length, the number of lines and the reply's size, so that a hostile
// server cannot make the client's memory grow.
class SmtpReplyReader
{
public:
    enum class State { Incomplete, Complete, Malformed, TooLong };

    static constexpr int MaxLineLength = 1000;   // RFC 5321 §4.5.3.1.5, CRLF included
    static constexpr int MaxLines = 100;
    static constexpr int MaxReplySize = 32 * 1024;

    // Takes complete lines out of `buffer` (leaving a partial line in it) and returns the state.
    // Once Complete, Malformed or TooLong, reset() before reading the next reply.
    State feed(QByteArray &buffer);
    void reset();

    int code() const { return m_code; }
    const QByteArrayList &lines() const { return m_lines; } // without the code and separator
    // The reply as the server sent it, lines joined by "\n", control characters replaced.
    QString text() const;

    // Bytes as text that is safe to show or print: undecodable bytes and control characters
    // (escape sequences of a hostile server) become U+FFFD.
    static QString printable(const QByteArray &bytes);

private:
    int m_code = 0;
    int m_size = 0;
    QByteArrayList m_lines;
    QByteArrayList m_raw;
    State m_state = State::Incomplete;
};
